// The search page's results: one entry per hit (type, name, snippet, where it lives, health and
// usage, the columns that matched) and the pager.
import { href } from "../app.js";
import { assetHref, domainId, h, healthBadge, highlighted, number } from "../ui.js";
import { label } from "./search-facets.js";

/** The list of hits; known maps product and owner URNs to names. */
export function hitList(hits, known) {
  return h("ol", { class: "hits" }, hits.map((hit) => entry(hit, known)));
}

function entry(hit, known) {
  const scored = hit.health !== null && hit.health !== undefined;
  return h(
    "li",
    { class: "hit" },
    h(
      "div",
      { class: "hit-head" },
      h("span", { class: "type" }, hit.type),
      h("a", { class: "hit-name", href: assetHref(hit.urn) }, hit.name || hit.urn),
      scored || hit.type === "dataset" ? healthBadge(hit.health, hit.healthGrade) : null,
    ),
    hit.qualifiedName ? h("div", { class: "hit-qname mono", title: hit.qualifiedName }, hit.qualifiedName) : null,
    snippet(hit),
    meta(hit, known),
    columns(hit.matchedColumns),
  );
}

function snippet(hit) {
  if (hit.highlights && hit.highlights.length) {
    const parts = [];
    hit.highlights.forEach((text, i) => {
      if (i > 0) parts.push(" … ");
      parts.push(highlighted(text));
    });
    return h("p", { class: "hit-snippet" }, parts);
  }
  if (hit.description) return h("p", { class: "hit-snippet" }, shorten(hit.description, 260));
  return null;
}

function shorten(text, max) {
  return text.length <= max ? text : text.slice(0, max - 1).trimEnd() + "…";
}

function meta(hit, known) {
  const items = [];
  if (hit.domain) {
    const id = domainId(hit.domain);
    items.push(h("span", null, "Domain ", h("a", { href: href("domain", id) }, id)));
  }
  if (hit.product) {
    const name = label("product", hit.product, known);
    const isUrn = hit.product.startsWith("urn:");
    items.push(h("span", null, "Product ", isUrn ? h("a", { href: href("product", hit.product) }, name) : name));
  }
  if (hit.usage || hit.type === "dataset") {
    items.push(h("span", { title: "Queries over the last 30 days" }, number(hit.usage), hit.usage === 1 ? " query" : " queries", " in 30 days"));
  }
  if (!items.length) return null;
  const separated = [];
  items.forEach((item, i) => {
    if (i > 0) separated.push(h("span", { class: "sep", "aria-hidden": "true" }, "·"));
    separated.push(item);
  });
  return h("div", { class: "hit-meta" }, separated);
}

function columns(matched) {
  if (!matched || !matched.length) return null;
  return h(
    "div",
    { class: "hit-columns" },
    h("span", { class: "muted" }, matched.length === 1 ? "Matched column " : "Matched columns "),
    matched.map((name) => h("span", { class: "chip mono" }, name)),
  );
}

/**
 * The pager: previous, the page numbers around this one (with the first and last), next.
 * link(page) answers the href of a page; onPage(page) is called on a plain click.
 */
export function pager({ page, size, total, link, onPage }) {
  const last = Math.max(1, Math.ceil(total / size));
  if (last <= 1 && page <= 1) return null;
  const item = (target, text, attrs = {}) =>
    h(
      "li",
      null,
      h(
        "a",
        {
          href: link(target),
          ...attrs,
          onclick: (event) => {
            if (event.ctrlKey || event.metaKey || event.shiftKey || event.button) return;
            event.preventDefault();
            onPage(target);
          },
        },
        text,
      ),
    );
  const items = [];
  if (page > 1) items.push(item(page - 1, "‹ Previous", { rel: "prev", class: "pager-step" }));
  let previous = 0;
  for (const target of pageNumbers(page, last)) {
    if (target - previous > 1) items.push(h("li", { class: "pager-gap", "aria-hidden": "true" }, "…"));
    items.push(
      item(target, number(target), {
        "aria-label": "Page " + target,
        "aria-current": target === page ? "page" : null,
      }),
    );
    previous = target;
  }
  if (page < last) items.push(item(page + 1, "Next ›", { rel: "next", class: "pager-step" }));
  return h("nav", { class: "pager", "aria-label": "Pages" }, h("ul", null, items));
}

function pageNumbers(page, last) {
  const numbers = new Set([1, last]);
  for (let n = page - 2; n <= page + 2; n++) {
    if (n >= 1 && n <= last) numbers.add(n);
  }
  return [...numbers].sort((a, b) => a - b);
}
