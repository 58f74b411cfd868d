// Governance: impact analysis of an asset (what a change to it would affect downstream: datasets,
// products, domains, owners), and the SPARQL console for stewards and admins.
import { get, seg } from "../api.js";
import { remember } from "../app.js";
import {
  assetHref, domainHref, fill, h, loading, notice, number, problem, productHref, signInHref, title,
} from "../ui.js";
import { assetPicker, detail } from "./governance-picker.js";
import { sparqlConsole } from "./governance-sparql.js";

/** The groups of an impact answer, in the order governance reads them. */
const GROUPS = [
  ["products", "Products", "product"],
  ["domains", "Domains", "domain"],
  ["owners", "Owners", "owner"],
  ["datasets", "Datasets", "dataset"],
];
const FIRST_ROWS = 10;

export async function render(view, route, session) {
  view.append(title("Governance"));
  const results = h("div", { class: "impact" });
  const status = h("p", { class: "visually-hidden", role: "status" });
  const picker = assetPicker("impact-asset", "Asset", (chosen) => {
    remember("governance", "", { urn: chosen.urn }, true);
    analyse(results, status, chosen.urn, chosen.name);
  });
  view.append(
    h("section", { class: "governance-impact", "aria-labelledby": "impact-h" },
      h("h2", { id: "impact-h" }, "Impact analysis"),
      h("p", { class: "muted" }, "Pick a dataset or a product to see everything a change to it would affect "
        + "downstream: the datasets built from it, their products and domains, and the owners to tell."),
      picker.element,
      status,
      results),
    h("section", { class: "governance-sparql", "aria-labelledby": "sparql-h" },
      h("h2", { id: "sparql-h" }, "SPARQL console"),
      session.can("GOVERN") ? sparqlConsole() : stewardsOnly(session)));
  const urn = route.params.get("urn");
  if (urn) {
    picker.input.value = urn;
    analyse(results, status, urn, null).then((name) => {
      if (name) picker.input.value = name;
    });
  }
}

function stewardsOnly(session) {
  return notice("info", "The SPARQL console over the lineage graph is for stewards and admins. ",
    session.me.anonymous ? [h("a", { href: signInHref() }, "Sign in"), " with a steward's token to use it."]
      : "Your role (" + session.me.role + ") may not use it.");
}

/** Shows the impact of a change to the asset; answers its name once known. */
async function analyse(results, status, urn, knownName) {
  fill(results, loading("Walking the lineage downstream…"));
  let impact;
  let name = knownName;
  try {
    const [answer, asset] = await Promise.all([
      get("/api/v1/lineage/impact", { urn }),
      knownName ? null : get("/api/v1/assets/" + seg(urn)).catch(() => null),
    ]);
    impact = answer;
    name = name || asset?.name || urn;
  } catch (error) {
    fill(results, problem(error));
    return null;
  }
  const counts = GROUPS.map(([key]) => (impact[key] || []).length);
  const total = counts.reduce((a, b) => a + b, 0);
  status.textContent = "Impact of " + name + ": "
    + GROUPS.map(([, label], i) => counts[i] + " " + label.toLowerCase()).join(", ");
  fill(results,
    h("h3", { class: "impact-title" }, "Impact of ", h("a", { href: assetHref(urn) }, name)),
    h("p", { class: "muted mono" }, detail(urn)),
    h("ul", { class: "impact-counts", "aria-label": "Affected, by kind" }, GROUPS.map(([key, label], i) =>
      h("li", { dataset: { group: key } },
        h("span", { class: "count" }, number(counts[i])), " ", h("span", null, label.toLowerCase())))),
    impact.truncated ? notice("warn", "The walk stopped at the server's limits ("
      + impact.limits.nodeCap + " nodes, depth " + impact.limits.depth + "): more may be affected than shown.") : null,
    total === 0
      ? notice("info", "Nothing downstream: a change to " + name + " affects no other asset.")
      : GROUPS.map(([key, label, type]) => group(key, label, type, impact[key] || [])));
  return name;
}

function group(key, label, type, items) {
  if (!items.length) return null;
  const rows = items.map((item) => h("tr", null,
    h("td", null, nameCell(item, type)),
    h("td", { class: "num" }, String(item.distance)),
    h("td", { class: "num" }, number(item.usage))));
  const body = h("tbody", null, rows.slice(0, FIRST_ROWS));
  const more = rows.length > FIRST_ROWS
    ? h("button", { type: "button", class: "secondary show-all", onclick: (event) => {
      fill(body, rows);
      event.target.remove();
    } }, "Show all " + rows.length + " " + label.toLowerCase())
    : null;
  return h("section", { class: "impact-group", dataset: { group: key } },
    h("h4", null, label, " ", h("span", { class: "muted" }, "(" + number(items.length) + ")")),
    h("table", null,
      h("thead", null, h("tr", null,
        h("th", { scope: "col" }, label.slice(0, -1)),
        h("th", { scope: "col", class: "num", title: "Hops downstream of the asset" }, "Distance"),
        h("th", { scope: "col", class: "num", title: "Queries and consumers, 30 days" }, "Usage"))),
      body),
    more);
}

function nameCell(item, type) {
  if (item.redacted) {
    return h("span", { class: "redacted muted" }, "A " + type + " you may not see");
  }
  if (type === "product") return h("a", { href: productHref(item.urn) }, item.name);
  if (type === "domain") return h("a", { href: domainHref(item.urn) }, item.name);
  if (type === "owner") return h("span", { title: item.urn }, item.name || item.urn);
  return [h("a", { href: assetHref(item.urn) }, item.name || item.urn), " ",
    h("span", { class: "muted picker-detail" }, detail(item.urn))];
}
