// Products and domains: the health leaderboards, and each product's and domain's health page
// (score and grade, breakdown, trend, what to fix first, and its parts).
import { get, seg } from "../api.js";
import { remember } from "../app.js";
import {
  assetHref, domainHref, domainId, fill, h, loading, notice, number, pageOf, problem, productHref, title,
} from "../ui.js";
import { gradeBadge, healthPage, score, scoreBar } from "./health-parts.js";

const PAGE_SIZE = 20;

/** #/products?sort=health|name&domain=&page= */
export async function renderProducts(view, route) {
  view.append(title("Products"),
    h("p", { class: "muted" }, "Data products ranked by their health score: usage, freshness, quality, "
      + "reliability and documentation of their output ports."));
  let domains = [];
  try {
    domains = (await get("/api/v1/domains", { sort: "name", size: 500 })).items;
  } catch (error) {
    view.append(problem(error));
  }
  const domain = h("select", { id: "board-domain", name: "domain" },
    h("option", { value: "" }, "All domains"),
    domains.map((d) => h("option", { value: domainId(d.urn) }, d.name)));
  leaderboard(view, route, {
    page: "products",
    path: "/api/v1/products",
    noun: "products",
    filters: [h("p", null, h("label", { for: "board-domain" }, "Domain"), " ", domain)],
    domain,
    columns: ["Product", "Domain"],
    cells: (item) => [
      h("td", null, h("a", { href: productHref(item.urn) }, item.name)),
      h("td", null, item.domain ? h("a", { href: domainHref(item.domain) }, domainId(item.domain)) : "–"),
    ],
  });
}

/** #/domains?sort=&page= */
export async function renderDomains(view, route) {
  view.append(title("Domains"),
    h("p", { class: "muted" }, "Domains ranked by the health of their products."));
  leaderboard(view, route, {
    page: "domains",
    path: "/api/v1/domains",
    noun: "domains",
    filters: [],
    columns: ["Domain", "Products"],
    cells: (item) => [
      h("td", null, h("a", { href: domainHref(item.urn) }, item.name)),
      h("td", { class: "products" }, productCount(item.urn)),
    ],
  });
}

/** A link to a domain's products on the leaderboard, with their number once known. */
function productCount(urn) {
  const id = domainId(urn);
  const link = h("a", { href: "#/products?domain=" + encodeURIComponent(id) }, "products");
  get("/api/v1/products", { domain: id, size: 1 })
    .then((board) => fill(link, number(board.total) + (board.total === 1 ? " product" : " products")))
    .catch(() => {}); // the link still leads there
  return link;
}

/** A sortable, paged leaderboard whose state lives in the URL. */
function leaderboard(view, route, options) {
  const state = {
    sort: route.params.get("sort") === "name" ? "name" : "health",
    domain: route.params.get("domain") || "",
    page: Math.max(1, Number(route.params.get("page")) || 1),
  };
  const sort = h("select", { id: "board-sort", name: "sort" },
    h("option", { value: "health" }, "Health, best first"),
    h("option", { value: "name" }, "Name, A to Z"));
  sort.value = state.sort;
  if (options.domain) options.domain.value = state.domain;
  const status = h("p", { class: "board-status muted", role: "status", "aria-live": "polite" });
  const results = h("div", { class: "board" });
  view.append(
    h("form", { class: "board-controls", onsubmit: (e) => e.preventDefault() },
      options.filters,
      h("p", null, h("label", { for: "board-sort" }, "Sort by"), " ", sort)),
    status, results);
  sort.addEventListener("change", () => update({ sort: sort.value, page: 1 }));
  options.domain?.addEventListener("change", () => update({ domain: options.domain.value, page: 1 }));

  function update(change) {
    Object.assign(state, change);
    sort.value = state.sort;
    remember(options.page, "", { sort: state.sort === "health" ? "" : "name", domain: state.domain,
      page: state.page > 1 ? state.page : "" }, true);
    load();
  }

  async function load() {
    fill(results, loading());
    let board;
    try {
      board = await get(options.path, { sort: state.sort, domain: state.domain || undefined,
        page: state.page, size: PAGE_SIZE });
    } catch (error) {
      fill(results, problem(error));
      return;
    }
    const pages = Math.max(1, Math.ceil(board.total / PAGE_SIZE));
    status.textContent = number(board.total) + " " + options.noun
      + (pages > 1 ? ", page " + state.page + " of " + pages : "");
    if (!board.items.length) {
      fill(results, notice("info", board.total
        ? ["No ", options.noun, " on page ", String(state.page), ". ",
          h("button", { type: "button", class: "link", onclick: () => update({ page: 1 }) }, "Go to the first page"), "."]
        : "No " + options.noun + (state.domain ? " in the domain " + state.domain : "") + " yet."));
      return;
    }
    fill(results, table(board, state, options, update), pager(state, pages, update));
  }
  load();
}

/** A column header that sorts the board by its column (the select above does the same). */
function sorter(label, sort, state, update) {
  const current = state.sort === sort;
  return h("button", { type: "button", class: "link sort", "aria-pressed": String(current),
    title: "Sort by " + label.toLowerCase(), onclick: () => update({ sort, page: 1 }) }, label);
}

function table(board, state, options, update) {
  const first = (board.page - 1) * board.size;
  const ranked = state.sort === "health";
  return h("table", { class: "leaderboard" },
    h("caption", { class: "visually-hidden" }, options.noun + " by " + (ranked ? "health" : "name")),
    h("thead", null, h("tr", null,
      h("th", { scope: "col", class: "num" }, ranked ? "Rank" : "#"),
      h("th", { scope: "col", "aria-sort": ranked ? null : "ascending" },
        sorter(options.columns[0], "name", state, update)),
      h("th", { scope: "col" }, options.columns[1]),
      h("th", { scope: "col", class: "num", "aria-sort": ranked ? "descending" : null },
        sorter("Score", "health", state, update)),
      h("th", { scope: "col" }, "Grade"),
      h("th", { scope: "col" }, h("span", { class: "visually-hidden" }, "Score bar")))),
    h("tbody", null, board.items.map((item, i) => h("tr", null,
      h("td", { class: "num rank" }, String(first + i + 1)),
      options.cells(item),
      h("td", { class: "num score" }, score(item.health.score)),
      h("td", { class: "grade" }, gradeBadge(item.health.grade)),
      h("td", { class: "bar-cell" }, scoreBar(item.health.score, item.health.grade))))));
}

function pager(state, pages, update) {
  if (pages < 2) return null;
  return h("nav", { class: "pager", "aria-label": "Pages" },
    h("button", { type: "button", class: "secondary", disabled: state.page <= 1,
      onclick: () => update({ page: state.page - 1 }) }, "Previous"),
    h("span", null, " Page " + state.page + " of " + pages + " "),
    h("button", { type: "button", class: "secondary", disabled: state.page >= pages,
      onclick: () => update({ page: state.page + 1 }) }, "Next"));
}

/** #/product/<urn> */
export async function renderProduct(view, route) {
  const urn = route.arg;
  view.append(title("Product"), loading());
  let health;
  try {
    health = await get("/api/v1/products/" + seg(urn) + "/health");
  } catch (error) {
    fill(view, title("Product"), problem(error));
    return;
  }
  const domain = urn.match(/^urn:meshlens:product:\(([^,]+),/);
  healthPage(view, health, {
    what: "product",
    crumbs: h("nav", { class: "crumbs", "aria-label": "Breadcrumb" },
      h("a", { href: "#/products" }, "Products"),
      domain ? [" › ", h("a", { href: domainHref(domain[1]) }, domain[1])] : null),
    heading: [title(health.name),
      h("p", { class: "muted" }, h("a", { href: assetHref(urn) }, "Open its profile"), " · ",
        h("code", null, urn))],
    linkOf: pageOf,
    parts: health.ports,
    partsKind: "output ports",
    partsTitle: "Output ports",
    partLink: assetHref,
  });
}

/** #/domain/<name> */
export async function renderDomain(view, route) {
  const id = route.arg;
  view.append(title("Domain"), loading());
  let health;
  try {
    health = await get("/api/v1/domains/" + seg(id) + "/health");
  } catch (error) {
    fill(view, title("Domain " + id), problem(error));
    return;
  }
  healthPage(view, health, {
    what: "domain",
    crumbs: h("nav", { class: "crumbs", "aria-label": "Breadcrumb" }, h("a", { href: "#/domains" }, "Domains")),
    heading: [title(health.name),
      h("p", { class: "muted" },
        h("a", { href: "#/products?domain=" + encodeURIComponent(domainId(health.urn)) },
          "Its products on the leaderboard"))],
    linkOf: pageOf,
    parts: health.products,
    partsKind: "products",
    partsTitle: "Products",
    partLink: productHref,
  });
}
