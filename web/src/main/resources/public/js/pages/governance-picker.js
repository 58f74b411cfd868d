// The governance page's asset picker: a labelled search box suggesting the datasets and products
// impact analysis can start from (the shared combobox of suggest.js).
import { suggestBox } from "../suggest.js";
import { h } from "../ui.js";

/** Suggestions impact analysis can start from. */
const PICKABLE = new Set(["dataset", "product"]);

/** What tells two assets of one name apart: a dataset's namespace and table, a product's domain. */
export function detail(urn) {
  const inside = String(urn).match(/^urn:meshlens:[a-z]+:\((.*)\)$/);
  return inside ? inside[1] : urn;
}

/**
 * A labelled combobox; onPick({urn, name, type}) runs when a suggestion is chosen. Answers
 * {element, input}.
 */
export function assetPicker(id, labelText, onPick) {
  const empty = h("p", { class: "picker-empty muted", hidden: true, "aria-hidden": "true" }, "No matching dataset or product.");
  const box = suggestBox({
    input: { id, "aria-describedby": id + "-help", placeholder: "Type a dataset or product name", size: 48 },
    list: { id: id + "-list", label: labelText, class: "picker-list" },
    limit: 20,
    shown: 10,
    keep: (s) => PICKABLE.has(s.type),
    emptyText: "No matching dataset or product",
    enterPicksFirst: true,
    sayFailure: true,
    onShown: (items) => {
      empty.hidden = items.length > 0;
    },
    onPick,
  });
  box.input.addEventListener("blur", () => {
    empty.hidden = true;
  });
  const element = h("div", { class: "picker" },
    h("label", { for: id }, labelText),
    h("div", { class: "picker-box" }, box.input, box.list, empty),
    h("p", { id: id + "-help", class: "muted picker-help" },
      "Suggestions appear as you type: arrow keys move, Enter picks, Escape closes."),
    box.said);
  return { element, input: box.input };
}
