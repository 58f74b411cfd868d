// The search page (#/search?q=&type=&domain=&page=N): one box with autocomplete, results with
// facets, "did you mean" and paging. The query, filters and page live in the URL, so a search can be
// shared and Back returns to the previous one.
import * as api from "../api.js";
import { go, href, remember } from "../app.js";
import { suggestBox } from "../suggest.js";
import { fill, h, loading, notice, number, problem } from "../ui.js";
import { chips, labels, sidebar } from "./search-facets.js";
import { hitList, pager } from "./search-results.js";
import { apiFilters, filtered, otherValues, stateFrom, urlParams } from "./search-state.js";

export async function render(view, route) {
  let state = stateFrom(route.params);
  const expanded = new Set();
  let sequence = 0;
  let controller = null;

  const box = suggestBox({
    input: {
      id: "search-q",
      name: "q",
      value: state.q,
      maxlength: 1000,
      "aria-describedby": "search-help",
      placeholder: "Datasets, columns, products, owners, glossary terms…",
    },
    list: { id: "search-suggestions", label: "Suggestions", class: "suggestions" },
    limit: 8,
    emptyText: "No suggestions",
    onPick: (suggestion) => go("asset", suggestion.urn),
    onLeave: () => focusHit(0),
  });
  const combo = h("div", { class: "combo" }, box.input, box.list, box.said);
  const form = h(
    "form",
    {
      role: "search",
      class: "search-form",
      onsubmit: (event) => {
        event.preventDefault();
        box.close();
        update({ ...state, q: box.input.value.trim(), page: 1 }, { push: true });
      },
    },
    h("label", { for: "search-q", class: "search-label" }, "Search the catalog"),
    h("div", { class: "search-row" }, combo, h("button", { type: "submit" }, "Search")),
    h(
      "p",
      { id: "search-help", class: "muted search-help" },
      "Press / to come back here, arrow keys to move through results. Try ",
      h("code", null, "tag:pii"),
      ", ",
      h("code", null, '"order lines"'),
      " or ",
      h("code", null, "-staging"),
      ".",
    ),
  );
  const status = h("p", { id: "search-status", class: "search-status", role: "status", "aria-live": "polite", tabindex: "-1" });
  const facets = h("div", { class: "facets-body" });
  const results = h("div", { class: "results-body" }, loading("Searching…"));
  view.append(
    h("h1", { class: "visually-hidden" }, "Search"),
    form,
    h(
      "div",
      { class: "search-layout" },
      h("aside", { class: "facets", "aria-labelledby": "facets-title" }, h("h2", { id: "facets-title" }, "Filter"), facets),
      h("section", { class: "results", "aria-label": "Results" }, status, results),
    ),
  );
  name(state);
  box.input.focus();
  performance.mark("meshlens:search-interactive");
  document.addEventListener("keydown", onKey);
  await update(state, { push: false });
  performance.mark("meshlens:search-results");

  function name(current) {
    document.title = (current.q ? current.q + " – Search" : "Search") + " · Meshlens";
  }

  /** Puts a state in the URL and draws its results; answers once they are drawn. */
  async function update(next, { push, focus }) {
    state = next;
    remember("search", "", urlParams(state), push);
    name(state);
    const mine = ++sequence;
    if (controller) controller.abort();
    controller = new AbortController();
    const signal = controller.signal;
    results.setAttribute("aria-busy", "true");
    try {
      const empty = !state.q && !filtered(state);
      const [answer, popular, known, sideways] = await Promise.all([
        api.get("/api/v1/search", { ...apiFilters(state.filters), q: state.q, page: state.page }, { signal }),
        empty ? api.get("/api/v1/search", { type: "dataset", size: 8 }, { signal }) : null,
        labels(),
        otherValues(state, signal),
      ]);
      if (mine !== sequence) return;
      draw(answer, { popular, known, sideways, focus });
    } catch (error) {
      if (mine !== sequence || error.name === "AbortError") return;
      fill(status);
      fill(facets, h("p", { class: "muted" }, "No filters: the search did not answer."));
      const again = !error.status || error.status >= 500;
      fill(
        results,
        problem(error),
        again ? h("button", { type: "button", class: "secondary", onclick: () => update(state, { push: false }) }, "Try again") : null,
      );
    } finally {
      if (mine === sequence) results.removeAttribute("aria-busy");
    }
  }

  function draw(answer, { popular, known, sideways, focus }) {
    drawFacets({ facets: { ...answer.facets, ...sideways }, known });
    if (popular) {
      fill(status, number(answer.total) + " assets in the catalog");
      fill(results, intro(popular, known));
    } else {
      fill(status, totalText(answer));
      fill(results, body(answer, known));
    }
    if (focus) status.focus();
  }

  /** Draws the sidebar; the checkbox that had focus keeps it (the sidebar is drawn anew). */
  function drawFacets(shown) {
    const focused = document.activeElement;
    const facet = focused && focused.dataset && focused.dataset.dimension ? { ...focused.dataset } : null;
    fill(
      facets,
      sidebar({
        facets: shown.facets,
        selected: state.filters,
        known: shown.known,
        expanded,
        onToggle: toggle,
        onExpand: (dimension, open) => {
          if (open) expanded.add(dimension);
          else expanded.delete(dimension);
          drawFacets(shown);
          facets.querySelector(".facet[data-dimension='" + dimension + "'] .facet-more").focus();
        },
      }),
    );
    if (facet) {
      const again = [...facets.querySelectorAll("input[type=checkbox]")].find(
        (input) => input.dataset.dimension === facet.dimension && input.dataset.value === facet.value,
      );
      if (again) again.focus();
    }
  }

  function totalText(answer) {
    const total = number(answer.total) + (answer.total === 1 ? " result" : " results");
    const last = Math.ceil(answer.total / answer.size);
    return answer.page > 1 && answer.page <= last ? total + ", page " + number(answer.page) + " of " + number(last) : total;
  }

  function body(answer, known) {
    const parts = [
      chips({
        selected: state.filters,
        known,
        onRemove: (dimension, value) => toggle(dimension, value, false),
        onClear: () => update({ ...state, filters: {}, page: 1 }, { push: true }),
      }),
      didYouMean(answer),
    ];
    if (answer.hits.length) {
      parts.push(hitList(answer.hits, known));
    } else if (answer.total > 0) {
      parts.push(
        notice("info", "There is no page " + answer.page + " of these results. ", link(1, "Go to the first page"), "."),
      );
    } else {
      parts.push(nothing());
    }
    parts.push(
      pager({
        page: answer.page,
        size: answer.size,
        total: answer.total,
        link: (page) => href("search", "", urlParams({ ...state, page })),
        onPage: (page) => update({ ...state, page }, { push: true, focus: true }),
      }),
    );
    return parts;
  }

  function link(page, text) {
    return h(
      "a",
      {
        href: href("search", "", urlParams({ ...state, page })),
        onclick: (event) => {
          event.preventDefault();
          update({ ...state, page }, { push: true, focus: true });
        },
      },
      text,
    );
  }

  function didYouMean(answer) {
    const suggestion = answer.didYouMean;
    if (!suggestion || suggestion.toLowerCase() === state.q.toLowerCase()) return null;
    const target = { ...state, q: suggestion, page: 1 };
    return h(
      "p",
      { class: "did-you-mean" },
      "Did you mean ",
      h(
        "a",
        {
          href: href("search", "", urlParams(target)),
          onclick: (event) => {
            event.preventDefault();
            box.input.value = suggestion;
            update(target, { push: true, focus: true });
          },
        },
        suggestion,
      ),
      "?",
    );
  }

  function nothing() {
    const tips = [h("li", null, "Check the spelling, or use fewer or more general words.")];
    if (filtered(state)) {
      tips.unshift(
        h(
          "li",
          null,
          h(
            "button",
            { type: "button", class: "link", onclick: () => update({ ...state, filters: {}, page: 1 }, { push: true }) },
            "Search without the filters",
          ),
          ".",
        ),
      );
    }
    return h(
      "div",
      { class: "no-results" },
      h("p", null, state.q ? ["Nothing matches ", h("strong", null, state.q), "."] : "Nothing matches these filters."),
      h("ul", null, tips),
    );
  }

  function intro(popular, known) {
    return [
      h(
        "p",
        { class: "search-intro" },
        "Find datasets, columns, data products, jobs, owners and glossary terms across every domain of the mesh. ",
        "Or browse with the filters.",
      ),
      h("h2", null, "Most used datasets"),
      hitList(popular.hits, known),
    ];
  }

  function toggle(dimension, value, checked) {
    const values = (state.filters[dimension] || []).filter((v) => v !== value);
    if (checked) values.push(value);
    const filters = { ...state.filters, [dimension]: values };
    if (!values.length) delete filters[dimension];
    update({ ...state, filters, page: 1 }, { push: true });
  }

  function focusHit(index) {
    const links = [...results.querySelectorAll(".hit-name")];
    if (!links.length) return;
    links[Math.max(0, Math.min(index, links.length - 1))].focus();
  }

  /** "/" goes to the box from anywhere; ArrowDown/ArrowUp (or j/k) move through the results. */
  function onKey(event) {
    if (!view.isConnected) {
      document.removeEventListener("keydown", onKey);
      return;
    }
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target;
    if (typing(target)) return;
    if (event.key === "/") {
      event.preventDefault();
      box.input.focus();
      box.input.select();
      return;
    }
    const step = { ArrowDown: 1, j: 1, ArrowUp: -1, k: -1 }[event.key];
    if (!step) return;
    const hits = [...results.querySelectorAll(".hit")];
    const at = hits.findIndex((hit) => hit.contains(target));
    // outside the results only j/k start on the first one: the arrow keys keep scrolling the page
    const outside = target === document.body || target === view.parentElement;
    if (at < 0 && !(outside && (event.key === "j" || event.key === "k"))) return;
    event.preventDefault();
    if (at < 0) focusHit(0);
    else if (at + step < 0) box.input.focus();
    else focusHit(at + step);
  }
}

/** Whether keys pressed in this element are typing (not commands). */
function typing(element) {
  if (!element || !element.tagName) return false;
  if (element.isContentEditable) return true;
  const tag = element.tagName.toLowerCase();
  if (tag === "textarea" || tag === "select") return true;
  if (tag !== "input") return false;
  return !["checkbox", "radio", "button", "submit", "reset"].includes(element.type);
}
