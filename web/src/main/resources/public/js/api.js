// The one way the pages talk to the server: the public HTTP API, with the signed-in token.

const TOKEN_KEY = "meshlens.token";

/** The token the user signed in with, or null. */
export function token() {
  return localStorage.getItem(TOKEN_KEY);
}

export function setToken(value) {
  if (value) {
    localStorage.setItem(TOKEN_KEY, value);
  } else {
    localStorage.removeItem(TOKEN_KEY);
  }
}

/** An API answer that was not 2xx: carries the RFC 9457 problem the server sent. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || "HTTP " + status);
    this.status = status;
    this.problem = problem;
  }
}

/** The query string of an object's non-empty values (arrays repeat the key). */
export function query(params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params || {})) {
    if (value === undefined || value === null || value === "") continue;
    for (const one of Array.isArray(value) ? value : [value]) {
      search.append(key, String(one));
    }
  }
  const text = search.toString();
  return text ? "?" + text : "";
}

/** One path segment holding a URN (URNs hold ":", "/" and parentheses). */
export function seg(value) {
  return encodeURIComponent(value);
}

/**
 * Sends a request; answers {payload, headers}: the parsed JSON (or text for non-JSON answers) and
 * the response headers. Throws ApiError for answers that are not 2xx. options: {method, params,
 * body, contentType, accept, signal}.
 */
export async function exchange(path, options = {}) {
  const headers = { Accept: options.accept || "application/json" };
  const t = token();
  if (t) headers.Authorization = "Bearer " + t;
  let body;
  if (options.body !== undefined) {
    if (typeof options.body === "string") {
      body = options.body;
      headers["Content-Type"] = options.contentType || "text/plain";
    } else {
      body = JSON.stringify(options.body);
      headers["Content-Type"] = "application/json";
    }
  }
  const response = await fetch(path + query(options.params), {
    method: options.method || "GET",
    headers,
    body,
    signal: options.signal,
  });
  const type = response.headers.get("Content-Type") || "";
  const isJson = type.includes("json");
  const payload = response.status === 204 ? null : isJson ? await response.json() : await response.text();
  if (!response.ok) {
    throw new ApiError(response.status, isJson && payload ? payload : { title: String(payload || response.statusText) });
  }
  return { payload, headers: response.headers };
}

/** Sends a request and answers its parsed body (see exchange). */
export async function request(path, options = {}) {
  return (await exchange(path, options)).payload;
}

export const get = (path, params, options = {}) => request(path, { ...options, params });
export const post = (path, body, options = {}) => request(path, { ...options, method: "POST", body });
export const patch = (path, body) => request(path, { method: "PATCH", body });
export const del = (path) => request(path, { method: "DELETE" });

/** Who the caller is: {anonymous, name, role, domains, expiresAt, canRead}. */
export function me() {
  return get("/api/v1/me");
}
