// The search page's state: what the URL holds ({q, filters, page}), and the searches it makes.
import * as api from "../api.js";
import { domainId, domainUrn } from "../ui.js";
import { DIMENSIONS } from "./search-facets.js";

/** The page's state from the URL's parameters: {q, filters: {dimension: [values]}, page}. */
export function stateFrom(params) {
  const filters = {};
  for (const dimension of DIMENSIONS) {
    const values = params.getAll(dimension).filter(Boolean);
    if (values.length) filters[dimension] = dimension === "domain" ? values.map(domainUrn) : values;
  }
  const page = Number.parseInt(params.get("page") || "1", 10);
  return { q: (params.get("q") || "").trim(), filters, page: page >= 1 ? page : 1 };
}

/** The URL parameters of a state (a domain by its id; page 1 left out). */
export function urlParams(state) {
  const params = { q: state.q };
  for (const dimension of DIMENSIONS) {
    const values = state.filters[dimension];
    if (values && values.length) params[dimension] = dimension === "domain" ? values.map(domainId) : values;
  }
  if (state.page > 1) params.page = state.page;
  return params;
}

/** Whether any filter is chosen. */
export function filtered(state) {
  return Object.values(state.filters).some((values) => values.length);
}

/** The filters as the search API takes them. */
export function apiFilters(filters) {
  const params = {};
  for (const [dimension, values] of Object.entries(filters)) {
    if (values.length) params[dimension] = values;
  }
  return params;
}

/**
 * For each dimension with a selection, its values as if it had none (the other filters still
 * apply), so more values of that dimension can be added: {dimension: [{value, count}]}.
 */
export async function otherValues(state, signal) {
  const chosen = Object.keys(state.filters).filter((dimension) => state.filters[dimension].length);
  const answers = await Promise.all(
    chosen.map((dimension) => {
      const others = { ...state.filters };
      delete others[dimension];
      return api.get("/api/v1/search", { ...apiFilters(others), q: state.q, size: 1 }, { signal });
    }),
  );
  const facets = {};
  chosen.forEach((dimension, i) => {
    facets[dimension] = answers[i].facets[dimension] || [];
  });
  return facets;
}
