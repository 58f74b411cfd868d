// Small DOM and formatting helpers shared by every page. Text always goes in as text nodes, never
// as HTML, so nothing the catalog holds can inject markup.

/**
 * Makes an element: h("a", {href: "#/", class: "x", onclick: fn}, "text", child, [more]).
 * Attributes starting with "on" become listeners; null, undefined and false children are skipped.
 */
export function h(tag, attrs, ...children) {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith("on") && typeof value === "function") {
      element.addEventListener(key.slice(2), value);
    } else if (key === "dataset") {
      Object.assign(element.dataset, value);
    } else {
      element.setAttribute(key, value === true ? "" : String(value));
    }
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children) {
    if (child === undefined || child === null || child === false) continue;
    if (Array.isArray(child)) {
      append(element, child);
    } else {
      element.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
  }
}

/** Replaces an element's children. */
export function fill(element, ...children) {
  element.replaceChildren();
  append(element, children);
  return element;
}

/**
 * Text with the search index's highlight markers turned into <mark> elements; the markers are
 * the only markup honoured, so a snippet cannot inject HTML.
 */
export function highlighted(text, open = "<mark>", close = "</mark>") {
  const parts = [];
  let rest = String(text || "");
  while (rest.length) {
    const start = rest.indexOf(open);
    if (start < 0) break;
    const end = rest.indexOf(close, start + open.length);
    if (end < 0) break;
    if (start > 0) parts.push(rest.slice(0, start));
    parts.push(h("mark", null, rest.slice(start + open.length, end)));
    rest = rest.slice(end + close.length);
  }
  if (rest.length) parts.push(rest);
  return parts;
}

const NUMBER = new Intl.NumberFormat("en");

export function number(n) {
  return n === undefined || n === null ? "–" : NUMBER.format(n);
}

/** "3 h ago", "2 d ago", or the date. */
export function ago(iso, now = Date.now()) {
  if (!iso) return "never";
  const then = new Date(iso).getTime();
  const minutes = Math.round((now - then) / 60000);
  if (Math.abs(minutes) < 1) return "just now";
  if (Math.abs(minutes) < 60) return minutes + " min ago";
  const hours = Math.round(minutes / 60);
  if (Math.abs(hours) < 48) return hours + " h ago";
  const days = Math.round(hours / 24);
  if (Math.abs(days) < 60) return days + " d ago";
  return new Date(iso).toISOString().slice(0, 10);
}

/** A date and time for people: 2026-11-21 13:04 UTC. */
export function when(iso) {
  if (!iso) return "–";
  return new Date(iso).toISOString().slice(0, 16).replace("T", " ") + " UTC";
}

/** The grade letter's CSS class. */
export function gradeClass(grade) {
  return "grade-" + String(grade || "none").toLowerCase();
}

/** A health badge: the score and its grade, or "no score". */
export function healthBadge(score, grade) {
  if (score === undefined || score === null) {
    return h("span", { class: "badge grade-none", title: "No health score yet" }, "no score");
  }
  const value = typeof score === "number" ? score.toFixed(0) : score;
  return h(
    "span",
    { class: "badge " + gradeClass(grade), title: "Health " + value + (grade ? " (" + grade + ")" : "") },
    value,
    grade ? " " + grade : "",
  );
}

/** A link to an asset's profile page. */
export function assetHref(urn, tab) {
  return "#/asset/" + encodeURIComponent(urn) + (tab ? "?tab=" + encodeURIComponent(tab) : "");
}

export function assetLink(urn, label) {
  return h("a", { href: assetHref(urn) }, label || urn);
}

const DOMAIN_PREFIX = "urn:meshlens:domain:";

/** A domain's id (what the domain pages and the URLs use): urn:meshlens:domain:sales -> sales. */
export function domainId(value) {
  const text = String(value || "");
  return text.startsWith(DOMAIN_PREFIX) ? text.slice(DOMAIN_PREFIX.length) : text;
}

/** A domain's URN from its id or URN (the search API's facets hold URNs). */
export function domainUrn(value) {
  return String(value).startsWith("urn:") ? value : DOMAIN_PREFIX + value;
}

/** A domain's health page. */
export function domainHref(urnOrId) {
  return "#/domain/" + encodeURIComponent(domainId(urnOrId));
}

/** A product's health page. */
export function productHref(urn) {
  return "#/product/" + encodeURIComponent(urn);
}

/** A product's link goes to its health page, a domain's to its own; anything else to its profile. */
export function pageOf(urn) {
  if (urn.startsWith("urn:meshlens:product:")) return productHref(urn);
  if (urn.startsWith(DOMAIN_PREFIX)) return domainHref(urn);
  return assetHref(urn);
}

/** The asset type from a URN: urn:meshlens:dataset:(...) -> "dataset". */
export function urnType(urn) {
  const parts = String(urn || "").split(":");
  return parts.length > 2 ? parts[2] : "";
}

/** A message box: kind is "info", "warn" or "error". */
export function notice(kind, ...children) {
  return h("div", { class: "notice notice-" + kind, role: kind === "error" ? "alert" : "status" }, ...children);
}

/** What to show when a call failed: the problem's title and detail. */
export function problem(error) {
  if (error && error.problem) {
    const p = error.problem;
    const message = [p.title, p.detail].filter(Boolean).join(": ");
    if (error.status === 401 || error.status === 403) {
      return notice("warn", message + ". ", h("a", { href: signInHref() }, "Sign in"), " with a token that may see this.");
    }
    return notice("error", message || "HTTP " + error.status);
  }
  return notice("error", "Something went wrong: " + (error && error.message ? error.message : error));
}

/** The sign-in page, returning to the current page after signing in. */
export function signInHref() {
  const here = location.hash.startsWith("#/signin") ? "" : location.hash;
  return "#/signin" + (here ? "?next=" + encodeURIComponent(here) : "");
}

export function loading(label = "Loading…") {
  return h("p", { class: "loading", role: "status" }, label);
}

/** The page's heading, which also names the page in the window title. */
export function title(text, ...extra) {
  document.title = text + " · Meshlens";
  return h("h1", null, text, ...extra);
}

const loaded = new Map();

/** Loads a library from its WebJar once (names: cytoscape, klay, cytoscape-klay, chart). */
export function vendor(name) {
  if (!loaded.has(name)) {
    const meta = document.querySelector('meta[name="meshlens-vendor-' + name + '"]');
    loaded.set(
      name,
      new Promise((resolve, reject) => {
        const script = document.createElement("script");
        script.src = meta.content;
        script.onload = resolve;
        script.onerror = () => reject(new Error("could not load " + meta.content));
        document.head.append(script);
      }),
    );
  }
  return loaded.get(name);
}

/** Cytoscape.js with the KLay layered layout registered. */
export async function cytoscapeWithKlay() {
  await vendor("cytoscape");
  await vendor("klay");
  await vendor("cytoscape-klay");
  return window.cytoscape;
}

/** Chart.js. */
export async function chartJs() {
  await vendor("chart");
  return window.Chart;
}

/** Debounces a function: it runs once calls stop for the given milliseconds. */
export function debounce(fn, millis) {
  let timer;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), millis);
  };
}
