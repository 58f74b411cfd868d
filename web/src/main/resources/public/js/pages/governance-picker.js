// An asset picker: a search box that suggests datasets and products as you type (GET
// /api/v1/suggest), as an ARIA combobox (arrows move, Enter picks, Escape closes).
import { get } from "../api.js";
import { debounce, fill, h } from "../ui.js";

/** Suggestions impact analysis can start from. */
const PICKABLE = new Set(["dataset", "product"]);
const SHOWN = 10;

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
  const listId = id + "-list";
  const input = h("input", {
    id,
    type: "search",
    role: "combobox",
    autocomplete: "off",
    spellcheck: "false",
    "aria-autocomplete": "list",
    "aria-expanded": "false",
    "aria-controls": listId,
    "aria-describedby": id + "-help",
    placeholder: "Type a dataset or product name",
    size: 48,
  });
  const list = h("ul", { id: listId, role: "listbox", class: "picker-list", "aria-label": labelText, hidden: true });
  const status = h("span", { class: "visually-hidden", role: "status", "aria-live": "polite" });
  const empty = h("p", { class: "picker-empty muted", hidden: true, "aria-hidden": "true" }, "No matching dataset or product.");
  let items = [];
  let active = -1;
  let asked = 0;

  function close() {
    list.hidden = true;
    empty.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  }

  function show(found) {
    items = found;
    active = -1;
    fill(list, found.map((s, i) => h("li", {
      id: listId + "-" + i,
      role: "option",
      "aria-selected": "false",
      class: "picker-option",
      onmousedown: (event) => event.preventDefault(),
      onclick: () => pick(i),
    }, h("span", { class: "type" }, s.type), " ", h("span", { class: "picker-name" }, s.name), " ",
      h("span", { class: "picker-detail muted" }, detail(s.urn)))));
    list.hidden = found.length === 0;
    empty.hidden = found.length > 0;
    input.setAttribute("aria-expanded", String(found.length > 0));
    status.textContent = found.length ? found.length + " suggestions" : "No matching dataset or product";
  }

  function move(to) {
    if (!items.length) return;
    active = (to + items.length) % items.length;
    [...list.children].forEach((li, i) => li.setAttribute("aria-selected", String(i === active)));
    input.setAttribute("aria-activedescendant", listId + "-" + active);
    list.children[active].scrollIntoView({ block: "nearest" });
  }

  function pick(i) {
    const chosen = items[i];
    if (!chosen) return;
    input.value = chosen.name;
    close();
    onPick(chosen);
  }

  const suggest = debounce(async () => {
    const typed = input.value.trim();
    const mine = ++asked;
    if (!typed) {
      close();
      return;
    }
    try {
      const answer = await get("/api/v1/suggest", { q: typed, limit: 20 });
      if (mine !== asked) return; // a later keystroke has asked since
      show((answer.suggestions || []).filter((s) => PICKABLE.has(s.type)).slice(0, SHOWN));
    } catch (error) {
      if (mine === asked) status.textContent = "Suggestions failed: " + error.message;
    }
  }, 120);

  input.addEventListener("input", suggest);
  input.addEventListener("blur", close);
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      if (list.hidden && items.length) {
        list.hidden = false;
        input.setAttribute("aria-expanded", "true");
      }
      move(active + 1);
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      move(active - 1);
    } else if (event.key === "Enter") {
      event.preventDefault();
      if (!list.hidden) pick(active < 0 ? 0 : active);
    } else if (event.key === "Escape") {
      close();
    }
  });

  const element = h("div", { class: "picker" },
    h("label", { for: id }, labelText),
    h("div", { class: "picker-box" }, input, list, empty),
    h("p", { id: id + "-help", class: "muted picker-help" },
      "Suggestions appear as you type: arrow keys move, Enter picks, Escape closes."),
    status);
  return { element, input };
}
