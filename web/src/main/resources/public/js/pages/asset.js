// The asset profile page (#/asset/<urn>?tab=...): a header, then one tab per section the profile
// of this type of asset has. Every section the API marks {known: false} shows its reason.
import * as api from "../api.js";
import { remember } from "../app.js";
import { assetLink, fill, h, healthBadge, loading, notice, problem, title, urnType } from "../ui.js";
import { classification, qualifiedName, shortName } from "./asset-common.js";
import { overview } from "./asset-overview.js";
import { historySection, qualitySection, schemaSection } from "./asset-sections.js";

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
