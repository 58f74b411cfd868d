// Signing in with a token (made by an admin: `meshlens token create`, or POST /api/v1/tokens).
import { ApiError } from "../api.js";
import { go, signIn } from "../app.js";
import { h, notice, problem, title } from "../ui.js";

export async function render(view, route, session) {
  const input = h("input", {
    id: "token",
    type: "password",
    name: "token",
    autocomplete: "off",
    spellcheck: "false",
    required: true,
    placeholder: "mlt_…",
    "aria-describedby": "token-help",
    size: 48,
  });
  const status = h("div", { "aria-live": "polite" });
  const form = h(
    "form",
    { class: "signin", onsubmit: submit },
    h("p", null, h("label", { for: "token" }, "Token")),
    h("p", null, input),
    h("p", { id: "token-help", class: "muted" },
      "Tokens are made by an admin with ", h("code", null, "meshlens token create"),
      " or POST /api/v1/tokens. The token stays in this browser until you sign out."),
    h("p", null, h("button", { type: "submit" }, "Sign in")),
    status,
  );
  view.append(title("Sign in"));
  if (!session.me.anonymous) {
    view.append(notice("info", "You are signed in as " + session.me.name + " (" + session.me.role + ")."));
  }
  view.append(form);
  input.focus();

  async function submit(event) {
    event.preventDefault();
    status.replaceChildren();
    try {
      const me = await signIn(input.value.trim());
      const back = route.params.get("next");
      status.append(notice("info", "Signed in as " + me.name + "."));
      if (back) location.hash = back;
      else go("search");
    } catch (error) {
      // the server's reason (unknown, expired, revoked, malformed), without the sign-in link
      const refused = error.problem ? error : await refusal(input.value.trim());
      const p = refused && refused.problem;
      status.append(p ? notice("error", [p.title, p.detail].filter(Boolean).join(": ")) : problem(error));
      input.select();
    }
  }
}

/** Why the server refuses a token: the 401 problem GET /api/v1/me answers with it, or null. */
async function refusal(token) {
  const response = await fetch("/api/v1/me", {
    headers: { Accept: "application/json", Authorization: "Bearer " + token },
  });
  if (response.ok) return null;
  return new ApiError(response.status, await response.json().catch(() => ({ title: "HTTP " + response.status })));
}
