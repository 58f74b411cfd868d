// The search box with autocomplete as you type: the WAI-ARIA combobox pattern (an input with a
// listbox popup, the active option named by aria-activedescendant, focus staying in the input).
import * as api from "../api.js";
import { h } from "../ui.js";

const DELAY = 120;
const LIMIT = 8;

/**
 * The search box. options: {value, onSearch(text), onPick(suggestion), onLeave()}; onLeave is
 * called on ArrowDown while no suggestions are shown (to move on to the results). Answers
 * {element, input, close()}.
 */
export function searchBox({ value, onSearch, onPick, onLeave }) {
  const listId = "search-suggestions";
  const input = h("input", {
    id: "search-q",
    type: "search",
    name: "q",
    value,
    role: "combobox",
    "aria-autocomplete": "list",
    "aria-expanded": "false",
    "aria-controls": listId,
    "aria-describedby": "search-help",
    autocomplete: "off",
    spellcheck: "false",
    maxlength: 1000,
    placeholder: "Datasets, columns, products, owners, glossary terms…",
  });
  const list = h("ul", { id: listId, role: "listbox", "aria-label": "Suggestions", class: "suggestions", hidden: true });
  const said = h("div", { class: "visually-hidden", role: "status", "aria-live": "polite" });
  let suggestions = [];
  let active = -1;
  let sequence = 0;
  let controller = null;
  let timer = null;

  function cancel() {
    clearTimeout(timer);
    sequence++;
    if (controller) controller.abort();
    controller = null;
  }

  function close() {
    cancel();
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  }

  async function fetchFor(text) {
    const mine = ++sequence;
    if (controller) controller.abort();
    controller = new AbortController();
    try {
      const answer = await api.get("/api/v1/suggest", { q: text, limit: LIMIT }, { signal: controller.signal });
      if (mine !== sequence || document.activeElement !== input) return;
      show(answer.suggestions || [], text);
      // from the last keystroke to the suggestions shown, debounce included (read by the tests)
      performance.measure("meshlens:suggest", { start: typedAt, end: performance.now() });
    } catch (error) {
      // autocomplete is a help, not a must: an answer that fails or was overtaken shows nothing
      if (mine === sequence) close();
    }
  }

  function show(items, text) {
    suggestions = items;
    active = -1;
    input.removeAttribute("aria-activedescendant");
    list.replaceChildren(...items.map((item, i) => option(item, i, text)));
    const open = items.length > 0;
    list.hidden = !open;
    input.setAttribute("aria-expanded", String(open));
    said.textContent = open
      ? items.length + (items.length === 1 ? " suggestion" : " suggestions") + ", up and down arrows to choose"
      : "No suggestions";
  }

  function option(item, i, text) {
    return h(
      "li",
      {
        id: listId + "-" + i,
        role: "option",
        "aria-selected": "false",
        class: "suggestion",
        dataset: { urn: item.urn || "" },
        onmousedown: (event) => event.preventDefault(),
        onclick: () => pick(i),
      },
      h("span", { class: "suggestion-name" }, marked(item.name || item.urn, text)),
      h("span", { class: "type" }, item.type),
      context(item) ? h("span", { class: "suggestion-context muted" }, context(item)) : null,
    );
  }

  function move(step) {
    if (!suggestions.length) return;
    const next = active < 0 && step < 0 ? suggestions.length - 1 : (active + step + suggestions.length) % suggestions.length;
    const options = list.querySelectorAll("[role=option]");
    if (active >= 0) options[active].setAttribute("aria-selected", "false");
    active = next;
    options[active].setAttribute("aria-selected", "true");
    input.setAttribute("aria-activedescendant", options[active].id);
    options[active].scrollIntoView({ block: "nearest" });
  }

  function pick(i) {
    const item = suggestions[i];
    close();
    if (item.urn) onPick(item);
    else onSearch(item.name);
  }

  let typedAt = 0;
  input.addEventListener("input", () => {
    typedAt = performance.now();
    const text = input.value.trim();
    cancel();
    if (!text) {
      close();
      return;
    }
    timer = setTimeout(() => fetchFor(text), DELAY);
  });
  input.addEventListener("keydown", (event) => {
    const open = !list.hidden;
    if (event.key === "ArrowDown" && event.altKey) {
      if (suggestions.length && input.value.trim()) show(suggestions, input.value.trim());
    } else if (event.key === "ArrowDown") {
      if (open) move(1);
      else onLeave();
    } else if (event.key === "ArrowUp") {
      if (!open) return;
      move(-1);
    } else if (event.key === "Enter") {
      if (!open || active < 0) return; // the form submits: a search for what was typed
      pick(active);
    } else if (event.key === "Escape") {
      if (open) close();
      else if (input.value) input.value = "";
      else return;
    } else {
      return;
    }
    event.preventDefault();
  });
  input.addEventListener("blur", () => {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  });

  const element = h("div", { class: "combo" }, input, list, said);
  return { element, input, close };
}

/** The name with the part that matches what was typed marked (as text nodes, never HTML). */
function marked(name, text) {
  const at = name.toLowerCase().indexOf(text.toLowerCase());
  if (!text || at < 0) return name;
  return [name.slice(0, at), h("mark", null, name.slice(at, at + text.length)), name.slice(at + text.length)];
}

/** Where a suggestion lives, to tell apart the assets of one name: the inside of its URN. */
function context(item) {
  const inside = /\((.*)\)$/.exec(item.urn || "");
  if (!inside) return "";
  const [namespace, ...rest] = inside[1].split(",");
  const name = rest.join(",");
  if (item.type === "product") return namespace;
  return name && name !== item.name ? name : namespace;
}
