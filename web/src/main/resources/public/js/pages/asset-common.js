// What the asset page's modules share: a section's "unknown" notice, names read from URNs, a
// classification badge and durations for people.
import { h, notice } from "../ui.js";

/** The classification of an asset: its sensitivity and whether it holds personal data. */
export function classification(c) {
  if (!c) return null;
  return h(
    "span",
    { class: "classification" },
    c.sensitivity ? h("span", { class: "badge sensitivity sensitivity-" + c.sensitivity.toLowerCase(), title: "Sensitivity" }, c.sensitivity) : null,
    c.pii ? [" ", h("span", { class: "badge grade-d", title: "Holds personal data" }, "PII")] : null,
  );
}

/** A section the API marked unknown: its reason, never a blank. */
export function unknown(part, what) {
  return notice("info", (what ? what + ": " : "") + (part && part.reason ? part.reason : "nothing recorded") + ".");
}

/** The readable part of a URN: urn:meshlens:dataset:(ns,name) -> ns · name. */
export function qualifiedName(urn) {
  const inner = String(urn).replace(/^urn:meshlens:[a-z]+:/, "");
  return inner.replace(/^\((.*)\)$/, "$1").split(",").join(" · ");
}

/** A short name from a URN: its last part. */
export function shortName(urn) {
  const inner = String(urn).replace(/^urn:meshlens:[a-z]+:/, "").replace(/^\((.*)\)$/, "$1");
  const parts = inner.split(/[,:]/);
  return parts[parts.length - 1];
}

export function minutes(n) {
  if (n === null || n === undefined) return "–";
  if (n < 120) return n + " min";
  if (n < 48 * 60) return Math.round(n / 60) + " h";
  return Math.round(n / 1440) + " d";
}
