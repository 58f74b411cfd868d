// The asset page's overview tab: what the asset is, who owns it and what it is part of, its
// contract and related assets; for products, domains, jobs, terms and columns what they have.
import { ago, assetHref, assetLink, h, number } from "../ui.js";
import { classification, minutes, qualifiedName, shortName, unknown } from "./asset-common.js";

export function overview(p) {
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

export function freshnessSummary(f) {
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
