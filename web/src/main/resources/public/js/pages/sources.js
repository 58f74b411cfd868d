// Sources: each configured source with its schedule and next run, its last run (status, counts,
// duration, error) and its run history; admins can run one now and watch it finish.
import { get, post } from "../api.js";
import { ago, fill, h, loading, notice, number, problem, title, when } from "../ui.js";

const POLL_MILLIS = 700;
const RUNS = 20;

export async function render(view, route, session) {
  view.append(title("Sources"),
    h("p", { class: "muted" }, "Where the catalog's metadata comes from. Each source is crawled on its "
      + "schedule; a crawl that fails leaves the catalog as it was."));
  const body = h("div", null, loading());
  view.append(body);
  let list;
  try {
    list = await get("/api/v1/sources");
  } catch (error) {
    fill(body, problem(error));
    return;
  }
  const filter = h("input", { id: "source-filter", type: "search", autocomplete: "off", placeholder: "name or type" });
  const status = h("p", { class: "muted sources-status", role: "status", "aria-live": "polite" });
  const rows = list.items.map((item) => sourceRows(item, session.can("ADMIN"), view));
  const tbody = h("tbody", null, rows.map((r) => r.rows));
  fill(body,
    list.configError ? notice("error", "The sources file cannot be used as it is now: " + list.configError) : null,
    h("p", null, h("label", { for: "source-filter" }, "Filter sources"), " ", filter),
    status,
    list.items.length === 0 ? notice("info", "No sources are configured.") : h("table", { class: "sources" },
      h("caption", { class: "visually-hidden" }, "Sources, their schedule and last run"),
      h("thead", null, h("tr", null,
        h("th", { scope: "col" }, "Source"),
        h("th", { scope: "col" }, "Schedule"),
        h("th", { scope: "col" }, "Last run"),
        h("th", { scope: "col" }, "Counts"),
        h("th", { scope: "col" }, h("span", { class: "visually-hidden" }, "Actions")))),
      tbody));
  const count = () => {
    const text = filter.value.trim().toLowerCase();
    let shown = 0;
    for (const r of rows) {
      const match = !text || r.item.name.toLowerCase().includes(text) || r.item.type.toLowerCase().includes(text);
      r.show(match);
      if (match) shown += 1;
    }
    const noun = rows.length === 1 ? " source" : " sources";
    status.textContent = shown === rows.length ? number(rows.length) + noun
      : number(shown) + " of " + number(rows.length) + noun;
  };
  filter.addEventListener("input", count);
  count();
}

/** A source's row and its (hidden until asked) history row. */
function sourceRows(item, admin, view) {
  const key = item.name.replace(/[^A-Za-z0-9_-]/g, "_");
  const historyId = "runs-" + key;
  const history = h("td", { colspan: 5 });
  const historyRow = h("tr", { id: historyId, class: "source-history", hidden: true }, history);
  const live = h("div", { class: "run-live", role: "status", "aria-live": "polite" });
  const toggle = h("button", { type: "button", class: "secondary runs-toggle", "aria-expanded": "false",
    "aria-controls": historyId, onclick: () => toggleHistory() }, "Runs");
  const runNow = admin
    ? h("button", { type: "button", class: "run-now", onclick: () => start() }, "Run now")
    : null;
  const cells = {
    last: h("td", { class: "last-run" }),
    counts: h("td", { class: "counts" }),
    schedule: h("td", { class: "schedule" }),
  };
  const row = h("tr", { class: "source", dataset: { source: item.name } },
    h("td", null, h("strong", { class: "source-name" }, item.name), " ", h("span", { class: "chip" }, item.type),
      h("div", { class: "muted mono source-location" }, item.location)),
    cells.schedule, cells.last, cells.counts,
    h("td", { class: "actions" }, toggle, " ", runNow, live));
  update(item);

  function update(current) {
    item = current;
    fill(cells.schedule, schedule(current));
    fill(cells.last, lastRun(current));
    fill(cells.counts, current.lastRun ? counts(current.lastRun.counts) : "–");
  }

  async function toggleHistory(force) {
    const open = force ?? historyRow.hidden;
    historyRow.hidden = !open;
    toggle.setAttribute("aria-expanded", String(open));
    if (open) await loadHistory(history, item.name);
  }

  async function start() {
    const before = item.lastRun ? item.lastRun.id : null;
    runNow.disabled = true;
    fill(live, "Starting…");
    try {
      const accepted = await post("/api/v1/sources/" + encodeURIComponent(item.name) + "/runs");
      fill(live, accepted.state === "running" ? "Running…" : "Queued…");
      await follow((run) => run.id !== before);
    } catch (error) {
      fill(live, problem(error));
    } finally {
      runNow.disabled = false;
    }
  }

  /** Watches the source until the run `wanted` picks has finished, then shows its result. */
  async function follow(wanted) {
    const done = await watch(item.name, wanted, live, view);
    if (!done) return;
    update(done);
    const run = done.lastRun;
    fill(live, h("span", null, "Run finished: ", statusBadge(run.status), " ", counts(run.counts),
      run.error ? [" ", h("span", { class: "run-error" }, run.error)] : null));
    if (!historyRow.hidden) await loadHistory(history, item.name);
  }

  if (item.running || item.queued) {
    // a crawl was under way when the page opened: show it finish
    fill(live, item.queued ? "Queued…" : "Running…");
    follow(() => true).catch((error) => fill(live, problem(error)));
  }

  return {
    item,
    rows: [row, historyRow],
    show(visible) {
      row.hidden = !visible;
      if (!visible) historyRow.hidden = true;
      else historyRow.hidden = toggle.getAttribute("aria-expanded") !== "true";
    },
  };
}

/** Polls the source until a run that `wanted` picks has finished; answers the source. */
async function watch(name, wanted, live, view) {
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, POLL_MILLIS));
    if (!view.isConnected) return null; // the user went elsewhere
    const list = await get("/api/v1/sources");
    const current = list.items.find((s) => s.name === name);
    if (!current) throw new Error("the source " + name + " is gone from the sources file");
    const run = current.lastRun;
    const finished = run && wanted(run) && run.status !== "RUNNING" && !current.running && !current.queued;
    if (finished) return current;
    fill(live, current.queued ? "Queued…" : "Running…");
  }
}

function schedule(item) {
  if (!item.schedule) return h("span", { class: "muted" }, "on request only");
  return [h("code", { title: "cron: minute hour day-of-month month day-of-week" }, item.schedule),
    item.nextRunAt ? h("div", { class: "muted next-run" }, "next " + until(item.nextRunAt) + " (",
      h("time", { datetime: item.nextRunAt }, when(item.nextRunAt)), ")") : null,
    item.running ? h("div", null, h("span", { class: "badge status-running" }, "running now")) : null,
    item.queued ? h("div", null, h("span", { class: "badge status-running" }, "queued")) : null];
}

function lastRun(item) {
  const run = item.lastRun;
  if (!run) return h("span", { class: "muted" }, "never ran");
  return [statusBadge(run.status), " ",
    h("time", { datetime: run.startedAt, title: when(run.startedAt) }, ago(run.startedAt)),
    run.endedAt ? h("span", { class: "muted" }, " · " + duration(run.startedAt, run.endedAt)) : null,
    run.warningCount ? h("div", { class: "muted" }, number(run.warningCount) + " warnings") : null,
    run.error ? h("div", { class: "run-error" }, run.error) : null];
}

async function loadHistory(cell, name) {
  fill(cell, loading("Loading runs…"));
  let runs;
  try {
    runs = await get("/api/v1/sources/" + encodeURIComponent(name) + "/runs", { limit: RUNS });
  } catch (error) {
    fill(cell, problem(error));
    return;
  }
  if (!runs.items.length) {
    fill(cell, notice("info", name + " has not run yet."));
    return;
  }
  fill(cell, h("table", { class: "runs" },
    h("caption", null, "Runs of " + name + ", newest first" + (runs.more ? " (the latest " + RUNS + ")" : "")),
    h("thead", null, h("tr", null, ["Started", "Trigger", "Status", "Duration", "Counts", "Warnings", "Error"]
      .map((t) => h("th", { scope: "col" }, t)))),
    h("tbody", null, runs.items.map((run) => h("tr", null,
      h("td", null, h("time", { datetime: run.startedAt }, when(run.startedAt))),
      h("td", null, run.trigger),
      h("td", null, statusBadge(run.status), run.attempts > 1 ? h("span", { class: "muted" }, " " + run.attempts + " attempts") : null),
      h("td", null, run.endedAt ? duration(run.startedAt, run.endedAt) : "–"),
      h("td", null, counts(run.counts)),
      h("td", null, warnings(run)),
      h("td", { class: "run-error" }, run.error || ""))))));
}

function warnings(run) {
  if (!run.warningCount) return "–";
  return h("details", null, h("summary", null, number(run.warningCount)),
    h("ul", null, (run.warnings || []).map((w) =>
      h("li", null, [w.file, w.path].filter(Boolean).join(" "), ": ", w.reason))));
}

const STATUS = {
  SUCCEEDED: "grade-a",
  PARTIAL: "grade-c",
  RUNNING: "status-running",
};

function statusBadge(status) {
  return h("span", { class: "badge run-status " + (STATUS[status] || "grade-f") }, status.toLowerCase());
}

function counts(c) {
  if (!c) return "–";
  const nonzero = [["added", c.added], ["changed", c.changed], ["removed", c.removed], ["unchanged", c.unchanged]]
    .filter(([, n]) => n > 0);
  if (!nonzero.length) return h("span", { class: "run-counts muted" }, "nothing found");
  return h("span", { class: "run-counts" }, nonzero
    .map(([label, n]) => h("span", { class: "count-" + label }, number(n) + " " + label))
    .flatMap((span, i) => (i ? [", ", span] : [span])));
}

function duration(startIso, endIso) {
  const millis = new Date(endIso) - new Date(startIso);
  if (millis < 1000) return millis + " ms";
  const seconds = millis / 1000;
  if (seconds < 60) return seconds.toFixed(1) + " s";
  return Math.floor(seconds / 60) + " min " + Math.round(seconds % 60) + " s";
}

function until(iso) {
  const minutes = Math.round((new Date(iso) - Date.now()) / 60000);
  if (minutes < 1) return "any moment";
  if (minutes < 60) return "in " + minutes + " min";
  const hours = Math.round(minutes / 60);
  if (hours < 48) return "in " + hours + " h";
  return "in " + Math.round(hours / 24) + " d";
}
