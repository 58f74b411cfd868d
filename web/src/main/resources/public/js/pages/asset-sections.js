// The asset page's schema, quality and freshness, and history tabs.
import { ago, assetHref, assetLink, h, number, when } from "../ui.js";
import { classification, minutes, shortName, unknown } from "./asset-common.js";
import { freshnessSummary } from "./asset-overview.js";

// ---------------------------------------------------------------- schema

export function schemaSection(s) {
  if (!s.known) return unknown(s, "No schema");
  const columns = s.columns || [];
  const key = new Set(s.primaryKey || []);
  const count = h("p", { class: "muted", role: "status", "aria-live": "polite", id: "column-count" }, columns.length + " columns");
  const rows = columns.map((c) => {
    const row = h(
      "tr",
      { dataset: { column: c.name } },
      h("td", null, h("a", { href: assetHref(c.urn) }, c.name), key.has(c.name) ? h("span", { class: "chip", title: "Primary key" }, "key") : null),
      h("td", null, h("code", null, c.type || "–"), c.nullable === false ? h("span", { class: "muted" }, " not null") : null),
      h("td", null, c.description || h("span", { class: "muted" }, "—")),
      h("td", null, (c.tags || []).map((t) => h("span", { class: "chip" }, t)), (c.glossaryTerms || []).map((t) => h("a", { class: "chip", href: assetHref(t) }, shortName(t)))),
      h("td", null, classification(c.classification)),
      h("td", { class: "num" }, c.upstreamColumns ? h("a", { href: assetHref(c.urn), title: "See the upstream columns" }, number(c.upstreamColumns)) : "0"),
    );
    row.searchText = [c.name, c.type, c.description, ...(c.tags || []), ...(c.glossaryTerms || []).map(shortName)].join(" ").toLowerCase();
    return row;
  });
  const input = h("input", { type: "search", id: "column-filter", placeholder: "name, type, description, tag", autocomplete: "off" });
  input.addEventListener("input", () => {
    const words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
    let shown = 0;
    for (const row of rows) {
      const match = words.every((w) => row.searchText.includes(w));
      row.hidden = !match;
      if (match) shown++;
    }
    count.textContent = words.length ? shown + " of " + columns.length + " columns match" : columns.length + " columns";
  });
  return h(
    "div",
    { class: "schema" },
    h("div", { class: "filter" }, h("label", { for: "column-filter" }, "Filter columns"), " ", input, count),
    h("table", { class: "columns" },
      h("caption", { class: "visually-hidden" }, "Columns"),
      h("thead", null, h("tr", null, ["Column", "Type", "Description", "Tags and terms", "Classification"].map((t) => h("th", { scope: "col" }, t)), h("th", { scope: "col", class: "num" }, "Upstream columns"))),
      h("tbody", null, rows)),
  );
}

// ---------------------------------------------------------------- quality and freshness

export function qualitySection(p) {
  return h(
    "div",
    { class: "quality" },
    h("div", { class: "grid-2" },
      h("div", null, h("h2", null, "Freshness"), p.freshness ? freshness(p.freshness) : h("p", { class: "muted" }, "Not tracked for this asset.")),
      h("div", null, h("h2", null, "Quality"), p.quality ? qualityFigures(p.quality) : h("p", { class: "muted" }, "Not tracked for this asset."))),
    p.quality && p.quality.known ? qualityTables(p.quality) : null,
    h("h2", null, "Recent runs"),
    p.runs ? runs(p.runs) : h("p", { class: "muted" }, "No runs for this asset."),
  );
}

function freshness(f) {
  if (!f.known) return unknown(f);
  return h("dl", { class: "facts" },
    h("dt", null, "Status"), h("dd", null, freshnessSummary(f)),
    h("dt", null, "Last update"), h("dd", null, when(f.lastUpdate)),
    h("dt", null, "Age"), h("dd", null, minutes(f.ageMinutes)),
    h("dt", null, "SLA"), h("dd", null, f.slaMinutes ? minutes(f.slaMinutes) : "none stated"),
    f.slaMinutes ? [h("dt", null, "Of the SLA used"), h("dd", null, h("div", { class: "bar", title: Math.round(100 * f.ageMinutes / f.slaMinutes) + "%" }, h("span", { style: "width:" + Math.min(100, Math.round(100 * f.ageMinutes / f.slaMinutes)) + "%" })))] : null);
}

function qualityFigures(q) {
  if (!q.known) return unknown(q);
  return h("dl", { class: "facts" },
    h("dt", null, "Checks"), h("dd", null, number(q.checks)),
    h("dt", null, "Passing (latest)"), h("dd", null, number(q.passing)),
    h("dt", null, "Pass rate, 30 days"), h("dd", null, q.passRate30Days === null || q.passRate30Days === undefined ? "–" : (100 * q.passRate30Days).toFixed(1) + "%"));
}

function passed(v) {
  if (v === null || v === undefined) return h("span", { class: "badge grade-none" }, "no result");
  return v ? h("span", { class: "badge grade-a" }, "passed") : h("span", { class: "badge grade-f" }, "failed");
}

function qualityTables(q) {
  return [
    h("h2", null, "Latest result of each check"),
    h("table", null,
      h("thead", null, h("tr", null, ["Check", "Type", "Result", "When", "Observed", "Message"].map((t) => h("th", { scope: "col" }, t)))),
      h("tbody", null, (q.latest || []).map((r) => h("tr", null, h("td", null, r.check), h("td", null, r.type || "–"), h("td", null, passed(r.passed)), h("td", null, r.time ? ago(r.time) : "–"), h("td", { class: "num" }, r.observedValue ?? "–"), h("td", null, r.message || ""))))),
    q.history && q.history.length
      ? h("details", null, h("summary", null, "History (latest " + q.history.length + " results)"),
        h("table", null, h("tbody", null, q.history.map((r) => h("tr", null, h("td", null, when(r.time)), h("td", null, r.check), h("td", null, passed(r.passed)), h("td", { class: "num" }, r.observedValue ?? ""))))))
      : null,
  ];
}

function runs(r) {
  if (!r.known) return unknown(r);
  return [
    h("p", null, number(r.last30Days) + " runs in 30 days",
      r.successRate30Days !== null && r.successRate30Days !== undefined ? ", " + (100 * r.successRate30Days).toFixed(1) + "% succeeded" : ""),
    h("table", { class: "runs" },
      h("thead", null, h("tr", null, ["Job", "State", "Started", "Duration", "Error"].map((t) => h("th", { scope: "col" }, t)))),
      h("tbody", null, (r.recent || []).map((run) => h("tr", null,
        h("td", null, assetLink(run.job, shortName(run.job))),
        h("td", null, h("span", { class: "badge " + (run.state === "COMPLETE" ? "grade-a" : run.state === "FAIL" || run.state === "FAILED" ? "grade-f" : "grade-none") }, run.state)),
        h("td", null, when(run.startedAt)),
        h("td", { class: "num" }, run.durationSeconds === null || run.durationSeconds === undefined ? "–" : minutes(Math.round(run.durationSeconds / 60))),
        h("td", null, run.error || ""))))),
  ];
}

// ---------------------------------------------------------------- history

export function historySection(s) {
  if (!s.known) return unknown(s);
  return h(
    "div",
    { class: "history" },
    h("table", null,
      h("caption", { class: "visually-hidden" }, "Change history, newest first"),
      h("thead", null, h("tr", null, ["When", "What", "Source", "Actor", "Details"].map((t) => h("th", { scope: "col" }, t)))),
      h("tbody", null, s.changes.map((c) => h("tr", null,
        h("td", null, h("time", { datetime: c.at, title: when(c.at) }, ago(c.at))),
        h("td", null, c.aspect || "asset", " ", h("span", { class: "chip" }, c.op === "UPSERT" ? (c.version > 1 ? "updated" : "stated") : c.op.toLowerCase()), c.version ? h("span", { class: "muted" }, " v" + c.version) : null),
        h("td", null, c.source || "–"),
        h("td", null, c.actor || "–"),
        h("td", null, c.schema ? schemaChange(c.schema) : null))))),
    s.more ? h("p", { class: "muted" }, "Older changes exist; the latest " + s.changes.length + " are shown.") : null,
  );
}

function schemaChange(s) {
  return h(
    "div",
    null,
    s.breaking ? h("span", { class: "badge grade-f" }, "breaking") : null,
    s.added && s.added.length ? h("div", null, "added: ", s.added.join(", ")) : null,
    s.removed && s.removed.length ? h("div", null, "removed: ", s.removed.join(", ")) : null,
    (s.changed || []).map((c) => h("div", null, c.column + ": ", c.typeBefore !== c.typeAfter ? (c.typeBefore + " → " + c.typeAfter) : "", c.nullableBefore !== c.nullableAfter ? " nullable " + c.nullableBefore + " → " + c.nullableAfter : "")),
  );
}
