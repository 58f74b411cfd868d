// The shell: hash routes (#/page/arg?params, so a page can be shared as a link), the signed-in
// user, and the top bar. Each page is a module exporting render(view, route, session).
import * as api from "./api.js";
import { fill, h, notice, problem, signInHref } from "./ui.js";

/** route page -> [module, export]; the modules load when first visited. */
const PAGES = {
  search: ["./pages/search.js", "render"],
  asset: ["./pages/asset.js", "render"],
  products: ["./pages/health.js", "renderProducts"],
  product: ["./pages/health.js", "renderProduct"],
  domains: ["./pages/health.js", "renderDomains"],
  domain: ["./pages/health.js", "renderDomain"],
  governance: ["./pages/governance.js", "render"],
  sources: ["./pages/sources.js", "render"],
  signin: ["./pages/signin.js", "render"],
};

/** Which roles may use a route of an access level (as the server's Access enum). */
const LEVELS = {
  READ: ["reader", "owner", "steward", "crawler", "admin"],
  EDIT: ["owner", "steward", "admin"],
  INGEST: ["crawler", "admin"],
  GOVERN: ["steward", "admin"],
  ADMIN: ["admin"],
};

/** The signed-in user as the server sees them, and what they may do. */
export const session = {
  me: { anonymous: true, canRead: true, domains: [] },
  /** Whether the user holds a role that may use routes of this access level. */
  can(level) {
    if (level === "READ") return Boolean(this.me.canRead);
    return Boolean(this.me.role) && (LEVELS[level] || []).includes(this.me.role);
  },
  async refresh() {
    try {
      this.me = await api.me();
    } catch (error) {
      // a stored token the server no longer takes (expired, revoked): forget it
      if (error.status === 401) {
        api.setToken(null);
        this.me = await api.me();
      } else {
        throw error;
      }
    }
    renderWho();
  },
};

/** The current route: {page, arg, params}. */
export function currentRoute() {
  const hash = location.hash.replace(/^#\/?/, "");
  const [path, search] = splitOnce(hash, "?");
  const [page, arg] = splitOnce(path, "/");
  return {
    page: page || "search",
    arg: arg ? decodeURIComponent(arg) : "",
    params: new URLSearchParams(search || ""),
  };
}

function splitOnce(text, separator) {
  const at = text.indexOf(separator);
  return at < 0 ? [text, ""] : [text.slice(0, at), text.slice(at + 1)];
}

/** The link of a route: href("asset", urn, {tab: "lineage"}). */
export function href(page, arg, params) {
  const query = api.query(params);
  return "#/" + page + (arg ? "/" + encodeURIComponent(arg) : "") + query;
}

let rendered = null;

/**
 * Puts a page's state in the address bar without drawing the page again (the page changed it
 * itself); push makes it a new history entry, so Back returns to the previous state.
 */
export function remember(page, arg, params, push = false) {
  const now = currentRoute();
  // a page's late answer, after the user went elsewhere, must not take the address bar back
  if (now.page !== page || now.arg !== (arg || "")) return;
  const target = href(page, arg, params);
  if (target === location.hash) return;
  rendered = target;
  if (push) {
    history.pushState(null, "", target);
  } else {
    history.replaceState(null, "", target);
  }
}

/** Goes to a route and draws it. */
export function go(page, arg, params) {
  location.hash = href(page, arg, params);
}

async function show() {
  if (location.hash === rendered) return;
  rendered = location.hash;
  const route = currentRoute();
  const main = document.getElementById("main");
  const view = h("div", { class: "page page-" + route.page });
  fill(main, view);
  for (const link of document.querySelectorAll("[data-nav]")) {
    const active = link.dataset.nav === route.page
      || (route.page === "product" && link.dataset.nav === "products")
      || (route.page === "domain" && link.dataset.nav === "domains");
    if (active) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  }
  if (!session.can("READ") && route.page !== "signin") {
    // this catalog is not open to anonymous readers (anonymousRead: false)
    view.append(
      h("h1", null, "Sign in to read this catalog"),
      notice("info", "This Meshlens needs a token to read. ", h("a", { href: signInHref() }, "Sign in"), "."),
    );
    return;
  }
  const [module, name] = PAGES[route.page] || PAGES.search;
  try {
    const page = await import(module);
    await page[name](view, route, session);
  } catch (error) {
    view.append(problem(error));
  }
}

function renderWho() {
  const who = document.getElementById("who");
  const me = session.me;
  if (me.anonymous) {
    const link = h("a", { class: "button", href: "#/signin" }, "Sign in");
    // come back here after signing in
    link.addEventListener("click", () => link.setAttribute("href", signInHref()));
    fill(who, link);
    return;
  }
  fill(
    who,
    h("span", { class: "who-name", title: "Signed in with a token" }, me.name, " ", h("span", { class: "role" }, me.role)),
    " ",
    h("button", { type: "button", class: "link", onclick: signOut }, "Sign out"),
  );
}

async function signOut() {
  api.setToken(null);
  await session.refresh();
  rendered = null;
  show();
}

/** Signs in with a token: answers the user, or throws the server's problem (nothing kept). */
export async function signIn(token) {
  const previous = api.token();
  api.setToken(token);
  let me;
  try {
    me = await api.me(); // a 401 names what is wrong with the token
  } catch (error) {
    api.setToken(previous);
    throw error;
  }
  session.me = me;
  renderWho();
  return me;
}

async function start() {
  window.addEventListener("hashchange", show);
  window.addEventListener("popstate", show);
  try {
    await session.refresh();
  } catch (error) {
    fill(document.getElementById("main"), problem(error));
    return;
  }
  if (!location.hash) history.replaceState(null, "", "#/search");
  show();
}

start();
