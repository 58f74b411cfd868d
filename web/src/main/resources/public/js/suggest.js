// Autocomplete over GET /api/v1/suggest, as the WAI-ARIA combobox pattern: an input with a listbox
// popup, the active option named by aria-activedescendant, focus staying in the input. Used by the
// search box and by the governance page's asset picker; each lays the pieces out itself.
import * as api from "./api.js";
import { h } from "./ui.js";

const DELAY = 120;

/**
 * Suggestions for an input. options:
 * - input: attributes of the input (id is required; value, name, placeholder, aria-describedby…);
 * - list: {id, label, class} of the listbox;
 * - limit: suggestions asked for; keep(item): which to show (default all); shown: at most this many;
 * - emptyText: what the live region says when nothing matches;
 * - onPick(item): a suggestion was chosen (input then holds its name);
 * - onLeave(): ArrowDown while no list is open (default: open the last list again);
 * - enterPicksFirst: Enter with no option active picks the first (default: Enter is left to the
 *   form, a search for what was typed);
 * - onShown(items): after each answer is shown;
 * - sayFailure: a failed answer is announced in the live region (default: it shows nothing).
 * Answers {input, list, said, close()}.
 */
export function suggestBox(options) {
  const input = h("input", {
    type: "search",
    role: "combobox",
    "aria-autocomplete": "list",
    "aria-expanded": "false",
    "aria-controls": options.list.id,
    autocomplete: "off",
    spellcheck: "false",
    ...options.input,
  });
  const list = h("ul", {
    id: options.list.id,
    role: "listbox",
    "aria-label": options.list.label,
    class: options.list.class,
    hidden: true,
  });
  const said = h("div", { class: "visually-hidden", role: "status", "aria-live": "polite" });
  const keep = options.keep || (() => true);
  let suggestions = [];
  let active = -1;
  let sequence = 0;
  let controller = null;
  let timer = null;
  let typedAt = 0;

  function cancel() {
    clearTimeout(timer);
    sequence++;
    if (controller) controller.abort();
    controller = null;
  }

  function hide() {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  }

  function close() {
    cancel();
    hide();
  }

  async function fetchFor(text) {
    const mine = ++sequence;
    if (controller) controller.abort();
    controller = new AbortController();
    try {
      const answer = await api.get("/api/v1/suggest", { q: text, limit: options.limit }, { signal: controller.signal });
      if (mine !== sequence || document.activeElement !== input) return;
      show((answer.suggestions || []).filter(keep).slice(0, options.shown || options.limit), text);
      // from the last keystroke to the suggestions shown, debounce included (read by the tests)
      performance.measure("meshlens:suggest", { start: typedAt, end: performance.now() });
    } catch (error) {
      // autocomplete is a help, not a must: an answer that failed or was overtaken shows nothing
      if (mine !== sequence) return;
      close();
      if (options.sayFailure) said.textContent = "Suggestions failed: " + error.message;
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
      : options.emptyText;
    if (options.onShown) options.onShown(items);
  }

  function option(item, i, text) {
    const where = context(item);
    return h(
      "li",
      {
        id: options.list.id + "-" + i,
        role: "option",
        "aria-selected": "false",
        class: "suggestion",
        dataset: { urn: item.urn || "" },
        onmousedown: (event) => event.preventDefault(),
        onclick: () => pick(i),
      },
      h("span", { class: "suggestion-name" }, marked(item.name || item.urn, text)),
      h("span", { class: "type" }, item.type),
      where ? h("span", { class: "suggestion-context muted" }, where) : null,
    );
  }

  function move(step) {
    if (!suggestions.length) return;
    const next = active < 0 && step < 0 ? suggestions.length - 1 : (active + step + suggestions.length) % suggestions.length;
    const items = list.querySelectorAll("[role=option]");
    if (active >= 0) items[active].setAttribute("aria-selected", "false");
    active = next;
    items[active].setAttribute("aria-selected", "true");
    input.setAttribute("aria-activedescendant", items[active].id);
    items[active].scrollIntoView({ block: "nearest" });
  }

  function pick(i) {
    const item = suggestions[i];
    if (!item) return;
    close();
    input.value = item.name;
    options.onPick(item);
  }

  function reopen() {
    if (suggestions.length && input.value.trim()) show(suggestions, input.value.trim());
  }

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
    if (event.key === "ArrowDown" && (open || event.altKey || !options.onLeave)) {
      if (!open) reopen();
      if (!event.altKey) move(1);
    } else if (event.key === "ArrowDown") {
      options.onLeave();
    } else if (event.key === "ArrowUp") {
      if (!open) return;
      move(-1);
    } else if (event.key === "Enter") {
      if (!open) return;
      if (active < 0 && !options.enterPicksFirst) return; // the form submits what was typed
      pick(active < 0 ? 0 : active);
    } else if (event.key === "Escape") {
      if (open) close();
      else if (input.value) input.value = "";
      else return;
    } else {
      return;
    }
    event.preventDefault();
  });
  input.addEventListener("blur", hide);

  return { input, list, said, close };
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
