// The search page's filters: the facet sidebar (a checkbox per value, with its count), the chips
// of the selected filters, and the labels people read for the URNs the facets hold.
import * as api from "../api.js";
import { domainId, h, number } from "../ui.js";

/** The facet dimensions the search API filters on, in the order the sidebar shows them. */
export const DIMENSIONS = ["type", "domain", "product", "owner", "tag", "platform", "classification"];

const TITLES = {
  type: "Type",
  domain: "Domain",
  product: "Product",
  owner: "Owner",
  tag: "Tag",
  platform: "Platform",
  classification: "Classification",
};

/** How many values a dimension shows before "Show all". */
const FIRST = 6;
let names = null;

/**
 * The names of the products and owners (URN -> name), read once per visit; an empty map when the
 * catalog does not answer, so the labels fall back to the URNs' ids.
 */
export function labels() {
  if (!names) {
    const read = (type) =>
      api.get("/api/v1/assets", { type, size: 1000 }).then((page) => page.items || [], () => []);
    names = Promise.all([read("product"), read("owner")]).then((lists) => {
      const map = new Map();
      for (const item of lists.flat()) map.set(item.urn, item.name);
      return map;
    });
  }
  return names;
}

/** What people read for a facet value: a name, a domain's id, or the value itself. */
export function label(dimension, value, known) {
  if (known && known.has(value)) return known.get(value);
  if (dimension === "domain") return domainId(value);
  if (dimension === "product") {
    const inside = /\(([^,]*),(.*)\)$/.exec(value);
    return inside ? inside[2] : value;
  }
  if (dimension === "owner") return value.replace(/^urn:meshlens:owner:/, "");
  return value;
}

/**
 * The facet sidebar. facets: {dimension: [{value, count}]}; selected: {dimension: [values]};
 * expanded: the set of dimensions showing all their values; onToggle(dimension, value, checked).
 */
export function sidebar({ facets, selected, known, expanded, onToggle, onExpand }) {
  const groups = [];
  for (const dimension of DIMENSIONS) {
    const values = [...(facets[dimension] || [])];
    const chosen = selected[dimension] || [];
    for (const value of chosen) {
      if (!values.some((entry) => entry.value === value)) values.push({ value, count: null });
    }
    if (!values.length) continue;
    groups.push(group(dimension, values, chosen, { known, expanded, onToggle, onExpand }));
  }
  if (!groups.length) return [h("p", { class: "muted" }, "Nothing to filter on.")];
  return groups;
}

function group(dimension, values, chosen, { known, expanded, onToggle, onExpand }) {
  const open = expanded.has(dimension);
  const shown = open ? values : values.filter((entry, i) => i < FIRST || chosen.includes(entry.value));
  const list = h(
    "ul",
    { class: "facet-values", id: "facet-" + dimension },
    shown.map((entry) => {
      const id = "facet-" + dimension + "-" + values.indexOf(entry);
      const checked = chosen.includes(entry.value);
      return h(
        "li",
        null,
        h("input", {
          type: "checkbox",
          id,
          checked,
          dataset: { dimension, value: entry.value },
          onchange: (event) => onToggle(dimension, entry.value, event.target.checked),
        }),
        h(
          "label",
          { for: id, title: entry.value },
          h("span", { class: "facet-label" }, label(dimension, entry.value, known)),
          entry.count === null ? null : h("span", { class: "facet-count" }, number(entry.count)),
          entry.count === null ? null : h("span", { class: "visually-hidden" }, " results"),
        ),
      );
    }),
  );
  const more =
    values.length > shown.length || open
      ? h(
          "button",
          {
            type: "button",
            class: "link facet-more",
            "aria-expanded": String(open),
            "aria-controls": "facet-" + dimension,
            onclick: () => onExpand(dimension, !open),
          },
          open ? "Show fewer" : "Show " + (values.length - shown.length) + " more",
        )
      : null;
  return h(
    "fieldset",
    { class: "facet", dataset: { dimension } },
    h("legend", null, TITLES[dimension] || dimension),
    list,
    more,
  );
}

/** The selected filters as removable chips, and "Clear all" when there is more than one. */
export function chips({ selected, known, onRemove, onClear }) {
  const items = [];
  for (const dimension of DIMENSIONS) {
    for (const value of selected[dimension] || []) {
      const text = (TITLES[dimension] || dimension) + ": " + label(dimension, value, known);
      items.push(
        h(
          "li",
          null,
          h(
            "button",
            {
              type: "button",
              class: "filter-chip",
              "aria-label": "Remove filter " + text,
              onclick: () => onRemove(dimension, value),
            },
            text,
            h("span", { "aria-hidden": "true", class: "filter-chip-x" }, "×"),
          ),
        ),
      );
    }
  }
  if (!items.length) return null;
  return h(
    "div",
    { class: "filters-selected" },
    h("span", { class: "muted" }, "Filters:"),
    h("ul", { class: "filter-chips", "aria-label": "Selected filters" }, items),
    h("button", { type: "button", class: "link", onclick: onClear }, "Clear all"),
  );
}
