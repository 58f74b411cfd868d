// The asset profile page (#/asset/<urn>?tab=...): a header, then one tab per section the profile
// of this type of asset has. Every section the API marks {known: false} shows its reason.
import * as api from "../api.js";
import { remember } from "../app.js";
import {
  ago, assetHref, assetLink, fill, h, healthBadge, loading, notice, number, problem, title, urnType, when,
} from "../ui.js";

/** The tabs in their order, with the label people see. */
const TABS = [
  ["overview", "Overview"],
  ["schema", "Schema"],
  ["lineage", "Lineage"],
  ["usage", "Usage"],
  ["quality", "Quality & freshness"],
  ["health", "Health"],
  ["history", "History"],
];

/** Which tabs an asset of this profile has. */
function tabsOf(profile) {
  const has = {
    overview: true,
    schema: Boolean(profile.schema),
    lineage: ["dataset", "product", "field"].includes(profile.type),
    usage: Boolean(profile.usage),
    quality: Boolean(profile.quality || profile.freshness || profile.runs),
    health: Boolean(profile.health),
    history: Boolean(profile.history),
  };
  return TABS.filter(([id]) => has[id]);
}

export async function render(view, route) {
  const urn = route.arg;
  if (!urn) {
    view.append(title("Asset"), notice("info", "No asset named. ", h("a", { href: "#/search" }, "Search"), " for one."));
    return;
  }
  const status = loading("Loading the profile…");
  view.append(status);
  let profile;
  try {
    profile = await api.get("/api/v1/assets/" + api.seg(urn));
  } catch (error) {
    status.remove();
    view.append(title("Asset"), notFound(error, urn));
    return;
  }
  status.remove();
  const tabs = tabsOf(profile);
  const wanted = route.params.get("tab") || "overview";
  const first = tabs.some(([id]) => id === wanted) ? wanted : "overview";
  view.append(header(profile), tabBar(view, profile, tabs, first, route.params));
}

/** A 404 (or a hidden asset, which the API also answers 404) told plainly. */
function notFound(error, urn) {
  if (error.status === 404) {
    return h(
      "div",
      { class: "asset-missing" },
      notice(
        "warn",
        h("strong", null, "Asset not found or not visible to you. "),
        "There is no asset ", h("code", null, urn), " that you may see. It may have been removed, the link may be wrong, or it may be restricted: ",
        h("a", { href: "#/signin" }, "sign in"), " with a token that may see it, or ",
        h("a", { href: "#/search" }, "search"), " for it.",
      ),
    );
  }
  return problem(error);
}

// ---------------------------------------------------------------- header

function header(p) {
  const crumbs = [h("a", { href: "#/search" }, "Search")];
  if (p.domain && p.domain !== p.urn) crumbs.push(assetLink(p.domain, p.domainName || shortName(p.domain)));
  if (p.product && p.product !== p.urn) crumbs.push(assetLink(p.product, p.productName || shortName(p.product)));
  if (p.dataset) crumbs.push(assetLink(p.dataset.urn, p.dataset.name));
  crumbs.push(h("span", { "aria-current": "page" }, p.name || p.urn));
  const health = p.health && p.health.known ? healthBadge(p.health.score, p.health.grade) : null;
  return h(
    "header",
    { class: "asset-header" },
    h("nav", { "aria-label": "Breadcrumb", class: "breadcrumb" }, h("ol", null, crumbs.map((c) => h("li", null, c)))),
    h("div", { class: "type" }, typeLabel(p)),
    title(p.name || p.urn, health ? " " : null, health),
    h("p", { class: "qualified mono" }, qualifiedName(p.urn)),
    h(
      "p",
      { class: "asset-facts" },
      p.domain && p.domain !== p.urn ? [h("span", { class: "muted" }, "Domain "), assetLink(p.domain, p.domainName || shortName(p.domain)), " "] : null,
      p.product && p.product !== p.urn ? [h("span", { class: "muted" }, "Product "), assetLink(p.product, p.productName), " "] : null,
      p.platform ? h("span", { class: "chip" }, p.platform) : null,
      p.kind ? h("span", { class: "chip" }, p.kind) : null,
      p.status ? h("span", { class: "chip" }, p.status) : null,
      classification(p.classification),
      p.deleted ? h("span", { class: "badge grade-f" }, "deleted") : null,
    ),
  );
}

function typeLabel(p) {
  const type = p.type || urnType(p.urn);
  return type === "field" ? "column" : type;
}

/** The readable part of a URN: urn:meshlens:dataset:(ns,name) -> ns · name. */
export function qualifiedName(urn) {
  const inner = String(urn).replace(/^urn:meshlens:[a-z]+:/, "");
  return inner.replace(/^\((.*)\)$/, "$1").split(",").join(" · ");
}

/** A short name from a URN: its last part. */
export function shortName(urn) {
  const inner = String(urn).replace(/^urn:meshlens:[a-z]+:/, "").replace(/^\((.*)\)$/, "$1");
  const parts = inner.split(/[,:]/);
  return parts[parts.length - 1];
}

function classification(c) {
  if (!c) return null;
  return h(
    "span",
    { class: "classification" },
    c.sensitivity ? h("span", { class: "badge sensitivity sensitivity-" + c.sensitivity.toLowerCase(), title: "Sensitivity" }, c.sensitivity) : null,
    c.pii ? [" ", h("span", { class: "badge grade-d", title: "Holds personal data" }, "PII")] : null,
  );
}

// ---------------------------------------------------------------- tabs (WAI-ARIA tabs pattern)

function tabBar(view, profile, tabs, first, params) {
  const list = h("div", { class: "tabs", role: "tablist", "aria-label": "Profile sections" });
  const panel = h("section", { class: "tab-panel", role: "tabpanel", tabindex: "0" });
  const buttons = tabs.map(([id, label]) =>
    h("button", {
      type: "button",
      role: "tab",
      id: "tab-" + id,
      "aria-controls": "asset-panel",
      "aria-selected": "false",
      tabindex: "-1",
      dataset: { tab: id },
      onclick: () => select(id, true),
    }, label),
  );
  panel.id = "asset-panel";
  list.append(...buttons);
  list.addEventListener("keydown", (event) => {
    const at = buttons.indexOf(document.activeElement);
    if (at < 0) return;
    const moves = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: buttons.length - 1 };
    if (!(event.key in moves)) return;
    event.preventDefault();
    const next = buttons[(moves[event.key] + buttons.length) % buttons.length];
    next.focus();
    select(next.dataset.tab, true);
  });
  let shown = null;
  async function select(id, push) {
    if (id === shown) return;
    shown = id;
    for (const b of buttons) {
      const on = b.dataset.tab === id;
      b.setAttribute("aria-selected", String(on));
      b.tabIndex = on ? 0 : -1;
    }
    panel.setAttribute("aria-labelledby", "tab-" + id);
    const keep = new URLSearchParams(params);
    // the first tab is where a profile opens: its link needs no tab
    if (id === tabs[0][0]) keep.delete("tab");
    else keep.set("tab", id);
    if (id !== "lineage") for (const k of ["direction", "depth", "level"]) keep.delete(k);
    remember("asset", profile.urn, Object.fromEntries(keep), push);
    fill(panel, loading());
    try {
      await SECTIONS[id](panel, profile, keep);
    } catch (error) {
      fill(panel, problem(error));
    }
  }
  select(first, false);
  return h("div", null, list, panel);
}

const SECTIONS = {
  overview: (panel, p) => fill(panel, overview(p)),
  schema: (panel, p) => fill(panel, schemaSection(p.schema)),
  lineage: async (panel, p, params) => {
    const { renderLineage } = await import("./asset-lineage.js");
    await renderLineage(panel, p, params);
  },
  usage: async (panel, p) => {
    const { renderUsage } = await import("./asset-charts.js");
    await renderUsage(panel, p.usage);
  },
  quality: (panel, p) => fill(panel, qualitySection(p)),
  health: async (panel, p) => {
    const { renderHealth } = await import("./asset-charts.js");
    await renderHealth(panel, p);
  },
  history: (panel, p) => fill(panel, historySection(p.history)),
};

/** A section the API marked unknown: its reason, never a blank. */
export function unknown(part, what) {
  return notice("info", (what ? what + ": " : "") + (part && part.reason ? part.reason : "nothing recorded") + ".");
}

// ---------------------------------------------------------------- overview

function overview(p) {
  const main = h(
    "div",
    { class: "overview-main" },
    h("h2", null, "About"),
    p.description ? h("p", { class: "description" }, p.description) : h("p", { class: "muted" }, "No description yet."),
    typeSpecific(p),
  );
  const side = h(
    "aside",
    { class: "overview-side", "aria-label": "Ownership and terms" },
    h("h2", null, "Owners"),
    p.owners && p.owners.length
      ? h("ul", { class: "plain" }, p.owners.map((o) => h("li", null, assetLink(o.urn, o.name), o.role ? h("span", { class: "muted" }, " · " + o.role) : null)))
      : h("p", { class: "muted" }, "No owner stated."),
    h("h2", null, "Tags"),
    p.tags && p.tags.length ? h("p", null, p.tags.map((t) => h("span", { class: "chip" }, t))) : h("p", { class: "muted" }, "No tags."),
    h("h2", null, "Glossary terms"),
    terms(p),
    h("h2", null, "Classification"),
    p.classification ? h("p", null, classification(p.classification)) : h("p", { class: "muted" }, "Not classified."),
    p.freshness ? [h("h2", null, "Freshness"), freshnessSummary(p.freshness)] : null,
    p.lineage && p.type === "dataset" ? [h("h2", null, "Lineage"), lineageSummary(p.urn, p.lineage)] : null,
    h("h2", null, "In the catalog"),
    h("p", { class: "muted" }, "Added ", ago(p.createdAt), ", changed ", ago(p.updatedAt), p.sources ? " · " + p.sources.length + " source statements" : ""),
  );
  return h("div", { class: "overview" }, main, side);
}

function terms(p) {
  let list = p.glossaryTerms || [];
  if (!list.length && p.schema && p.schema.columns) {
    const seen = new Set(p.schema.columns.flatMap((c) => c.glossaryTerms || []));
    list = [...seen].map((urn) => ({ urn, name: shortName(urn) }));
  }
  if (!list.length) return h("p", { class: "muted" }, "No glossary terms.");
  return h("p", null, list.map((t) => h("a", { class: "chip", href: assetHref(t.urn) }, t.name || shortName(t.urn))));
}

function freshnessSummary(f) {
  if (!f.known) return h("p", { class: "muted" }, f.reason);
  const late = f.status === "late";
  return h(
    "p",
    null,
    h("span", { class: "badge " + (late ? "grade-f" : f.status === "on-time" ? "grade-a" : "grade-none") }, f.status),
    " updated ", ago(f.lastUpdate, new Date(f.now).getTime()),
    f.slaMinutes ? h("span", { class: "muted" }, " (SLA " + minutes(f.slaMinutes) + ")") : null,
  );
}

function lineageSummary(urn, l) {
  if (!l.known) return h("p", { class: "muted" }, l.reason);
  const side = (label, s) => h("li", null, label + ": " + number(s.count) + (s.hidden ? " (" + s.hidden + " hidden)" : ""),
    s.top && s.top.length ? h("ul", null, s.top.map((r) => h("li", null, assetLink(r.urn, r.name)))) : null);
  return h("div", null, h("ul", { class: "plain" }, side("Upstream", l.upstream), side("Downstream", l.downstream)),
    h("a", { href: assetHref(urn, "lineage"), onclick: (e) => { e.preventDefault(); document.getElementById("tab-lineage").click(); } }, "See the lineage graph"));
}

export function minutes(n) {
  if (n === null || n === undefined) return "–";
  if (n < 120) return n + " min";
  if (n < 48 * 60) return Math.round(n / 60) + " h";
  return Math.round(n / 1440) + " d";
}

function typeSpecific(p) {
  switch (p.type) {
    case "dataset":
      return [contractCard(p.contract), related(p.related)];
    case "product":
      return productOverview(p);
    case "domain":
      return [
        listing("Products", p.products),
        p.counts ? [h("h2", null, "Assets"), h("ul", { class: "plain" }, Object.entries(p.counts).map(([t, n]) => h("li", null, h("span", { class: "type" }, t), " " + number(n))))] : null,
      ];
    case "job":
      return [
        h("p", null, h("span", { class: "muted" }, "Job type "), p.jobType || "–", h("span", { class: "muted" }, " · column lineage edges "), number(p.columnLineageEdges)),
        listing("Inputs", p.inputs),
        listing("Outputs", p.outputs),
        p.sql ? [h("h2", null, "SQL"), h("pre", null, h("code", null, p.sql))] : null,
      ];
    case "term":
      return [
        h("h2", null, "Synonyms"),
        p.synonyms && p.synonyms.length ? h("p", null, p.synonyms.map((s) => h("span", { class: "chip" }, s))) : h("p", { class: "muted" }, "None."),
        h("h2", null, "Related terms"),
        p.related && p.related.length ? h("p", null, p.related.map((r) => h("a", { class: "chip", href: assetHref(r.urn) }, r.name))) : h("p", { class: "muted" }, "None."),
        listing("Linked assets", p.linkedAssets),
      ];
    case "field":
      return fieldOverview(p);
    case "contract":
      return p.contract ? contractInfo(p.contract) : null;
    default:
      return null;
  }
}

function listing(label, l) {
  if (!l) return null;
  if (l.known === false) return [h("h2", null, label), unknown(l)];
  const items = l.items || [];
  return [
    h("h2", null, label, " ", h("span", { class: "muted count" }, "(" + number(l.count) + ")")),
    items.length ? h("ul", { class: "plain refs" }, items.map((r) => h("li", null, r.type ? h("span", { class: "type" }, r.type + " ") : null, assetLink(r.urn, r.name)))) : h("p", { class: "muted" }, "None."),
    l.count > items.length ? h("p", { class: "muted" }, "Showing " + items.length + " of " + number(l.count) + (l.hidden ? "; " + l.hidden + " hidden from you" : "") + ".") : null,
  ];
}

function productOverview(p) {
  const ports = (label, list) => [
    h("h2", null, label),
    list && list.length
      ? h("div", { class: "ports" }, list.map((port) => h(
        "div",
        { class: "card" },
        h("h3", null, port.name, port.version ? h("span", { class: "muted" }, " v" + port.version) : null),
        port.description ? h("p", null, port.description) : null,
        port.datasets && port.datasets.items && port.datasets.items.length
          ? h("ul", { class: "plain" }, port.datasets.items.map((r) => h("li", null, assetLink(r.urn, r.name))))
          : null,
        port.contract && port.contract.known ? h("p", null, h("span", { class: "muted" }, "Contract "), assetLink(port.contract.urn, port.contract.name), " ", port.contract.status ? h("span", { class: "chip" }, port.contract.status) : null) : null,
      )))
      : h("p", { class: "muted" }, "None."),
  ];
  return [
    p.sla ? [h("h2", null, "SLA"), sla(p.sla)] : null,
    ports("Output ports", p.outputPorts),
    ports("Input ports", p.inputPorts),
    listing("Datasets", p.datasets),
    listing("Consumed by", p.consumers),
    listing("Consumes", p.consumes),
  ];
}

function fieldOverview(p) {
  const side = (label, s) => [
    h("h3", null, label + " columns (" + number(s.count) + ")"),
    s.columns && s.columns.length ? h("ul", { class: "plain" }, s.columns.map((c) => h("li", null, assetLink(c, qualifiedName(c))))) : h("p", { class: "muted" }, "None."),
    s.hidden ? h("p", { class: "muted" }, s.hidden + " hidden from you.") : null,
  ];
  const pii = p.inferredPii;
  return [
    h("dl", { class: "facts" },
      h("dt", null, "Dataset"), h("dd", null, assetLink(p.dataset.urn, p.dataset.name)),
      h("dt", null, "Data type"), h("dd", null, h("code", null, p.dataType || "–")),
      h("dt", null, "Nullable"), h("dd", null, p.nullable === null || p.nullable === undefined ? "–" : p.nullable ? "yes" : "no"),
      h("dt", null, "Inherited PII"), h("dd", null,
        !pii ? "–" : !pii.known ? pii.reason : pii.origins && pii.origins.length
          ? pii.origins.map((o) => h("span", null, assetLink(o.origin, qualifiedName(o.origin)), " (" + o.distance + " hops) "))
          : "none"),
    ),
    h("h2", null, "Column lineage"),
    p.lineage && p.lineage.known ? [side("Upstream", p.lineage.upstream), side("Downstream", p.lineage.downstream)] : unknown(p.lineage),
  ];
}

function sla(s) {
  return h("p", null, s.freshness ? [h("span", { class: "muted" }, "Freshness "), isoDuration(s.freshness), ". "] : null, s.description || "");
}

/** PT2H -> 2 h, P1D -> 1 d. */
function isoDuration(text) {
  const m = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?$/.exec(text || "");
  if (!m) return text;
  return [m[1] && m[1] + " d", m[2] && m[2] + " h", m[3] && m[3] + " min"].filter(Boolean).join(" ");
}

function contractCard(c) {
  if (!c) return null;
  if (!c.known) return [h("h2", null, "Contract"), unknown(c)];
  return [
    h("h2", null, "Contract"),
    h(
      "div",
      { class: "card contract" },
      h("p", null, assetLink(c.urn, c.name), c.version ? h("span", { class: "muted" }, " v" + c.version) : null, " ",
        h("span", { class: "badge " + (c.status === "active" ? "grade-a" : "grade-none") }, c.status || "no status"),
        c.port ? h("span", { class: "muted" }, " · port " + c.port) : null),
      c.sla ? sla(c.sla) : h("p", { class: "muted" }, "No SLA stated."),
      rules(c.qualityRules),
    ),
  ];
}

function contractInfo(c) {
  return [
    h("h2", null, "Contract terms"),
    h("p", null, c.version ? "Version " + c.version + " " : "", c.status ? h("span", { class: "chip" }, c.status) : null),
    c.product ? h("p", null, h("span", { class: "muted" }, "Product "), assetLink(c.product, shortName(c.product))) : null,
    c.datasets && c.datasets.length ? [h("h3", null, "Datasets"), h("ul", { class: "plain" }, c.datasets.map((d) => h("li", null, assetLink(d, qualifiedName(d)))))] : null,
    c.sla ? sla(c.sla) : null,
    rules(c.qualityRules),
  ];
}

function rules(list) {
  if (!list || !list.length) return h("p", { class: "muted" }, "No quality rules.");
  return h(
    "details",
    null,
    h("summary", null, list.length + " quality rules"),
    h("table", null,
      h("thead", null, h("tr", null, h("th", null, "Rule"), h("th", null, "Column"), h("th", null, "Description"))),
      h("tbody", null, list.map((r) => h("tr", null, h("td", null, h("code", null, r.rule || r.id)), h("td", null, r.column || "–"), h("td", null, r.description || ""))))),
  );
}

function related(r) {
  if (!r) return null;
  if (!r.known) return [h("h2", null, "Related assets"), unknown(r)];
  return [
    h("h2", null, "Related assets"),
    h("div", { class: "grid-2" },
      h("div", null, h("h3", null, "In the same product"), listingItems(r.sameProduct)),
      h("div", null, h("h3", null, "Often used together"), listingItems(r.usedTogether, (i) => i.sharedConsumers ? " · " + i.sharedConsumers + " shared consumers" : ""))),
  ];
}

function listingItems(l, extra = () => "") {
  if (!l || !l.items || !l.items.length) return h("p", { class: "muted" }, "None.");
  return [
    h("ul", { class: "plain" }, l.items.map((i) => h("li", null, assetLink(i.urn, i.name), h("span", { class: "muted" }, extra(i))))),
    l.hidden ? h("p", { class: "muted" }, l.hidden + " more hidden from you.") : null,
  ];
}

// ---------------------------------------------------------------- schema

function schemaSection(s) {
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

function qualitySection(p) {
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

function historySection(s) {
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
