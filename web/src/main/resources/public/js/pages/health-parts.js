// The pieces the product and domain health pages share: leaderboard rows, the score with its
// grade, the breakdown bars, the trend chart, "what to fix first" and the parts' table.
import { chartJs, fill, gradeClass, h, notice } from "../ui.js";

/** A score for people: one decimal, as the API keeps it ("89.5"), or "–". */
export function score(value) {
  return value === undefined || value === null ? "–" : Number(value).toFixed(1);
}

/** The grade letter as a badge, or "no score". */
export function gradeBadge(grade) {
  return grade
    ? h("span", { class: "badge " + gradeClass(grade), title: "Grade " + grade }, grade)
    : h("span", { class: "badge grade-none" }, "no score");
}

/** A small bar of a 0-100 score (decorative: the number is beside it). */
export function scoreBar(value, grade) {
  const width = value === undefined || value === null ? 0 : Math.max(0, Math.min(100, value));
  return h("div", { class: "bar score-bar " + gradeClass(grade), "aria-hidden": "true" },
    h("span", { style: "width:" + width.toFixed(1) + "%" }));
}

/** The page's headline: the score big, its grade, and the cap when one applies. */
export function headline(health, what) {
  const parts = [
    h("div", { class: "score-hero" },
      h("span", { class: "score-big", "data-score": health.score ?? "" }, score(health.score)),
      h("span", { class: "muted" }, " / 100 "),
      h("span", { class: "grade-big" }, gradeBadge(health.grade))),
  ];
  if (health.cap) {
    parts.push(notice("warn", h("strong", null, "Score capped. "), "An open incident or a broken contract limits this "
      + what + "'s score: ", health.cap));
  }
  return parts;
}

const LABELS = {
  usage: "Usage",
  freshness: "Freshness",
  quality: "Quality",
  reliability: "Reliability",
  documentation: "Documentation and ownership",
};

function label(name) {
  return LABELS[name] || name.charAt(0).toUpperCase() + name.slice(1).replaceAll("_", " ");
}

function percent(fraction) {
  return Math.round(fraction * 100) + "%";
}

/** The breakdown: one bar per component, its weight, its value and the facts behind it. */
export function breakdown(components, linkOf) {
  const known = components.filter((c) => c.value !== null && c.value !== undefined);
  const weights = known.reduce((sum, c) => sum + c.weight, 0) || 1;
  return h("ul", { class: "breakdown" }, components.map((c) => {
    const unknown = c.value === null || c.value === undefined;
    const points = unknown ? null : (c.value * c.weight * 100) / weights;
    return h("li", { class: "component", dataset: { component: c.name } },
      h("div", { class: "component-head" },
        h("span", { class: "component-name" }, label(c.name)),
        h("span", { class: "muted" }, "weight " + percent(c.weight)),
        h("span", { class: "component-value" }, unknown ? "unknown" : percent(c.value)),
        points === null ? null : h("span", { class: "muted", title: "Weights spread over the known signals" },
          "≈ " + points.toFixed(1) + " pts")),
      h("div", {
        class: "bar component-bar" + (unknown ? " unknown" : ""),
        role: "meter",
        "aria-label": label(c.name),
        "aria-valuemin": 0,
        "aria-valuemax": 100,
        "aria-valuenow": unknown ? 0 : Math.round(c.value * 100),
        "aria-valuetext": unknown ? "unknown" : percent(c.value),
      }, h("span", { style: "width:" + (unknown ? 0 : c.value * 100).toFixed(1) + "%" })),
      c.explanation ? h("p", { class: "muted explanation" }, c.explanation) : null,
      facts(c.facts, linkOf));
  }));
}

function facts(values, linkOf) {
  const entries = Object.entries(values || {});
  if (!entries.length) return null;
  return h("details", { class: "facts" },
    h("summary", null, "Facts"),
    h("dl", null, entries.map(([key, value]) => [
      h("dt", null, key.replaceAll("_", " ")),
      h("dd", null, fact(value, linkOf)),
    ])));
}

function fact(value, linkOf) {
  if (Array.isArray(value)) {
    return h("ul", { class: "fact-list" }, value.map((item) => h("li", null, fact(item, linkOf))));
  }
  if (value && typeof value === "object") {
    if (value.urn) {
      return [h("a", { href: linkOf(value.urn) }, value.name || value.urn),
        value.value === undefined ? null : " " + percent(value.value)];
    }
    return JSON.stringify(value);
  }
  return String(value);
}

/** The score over time as a Chart.js line, with the same numbers as a table for screen readers. */
export function trend(history) {
  const days = history || [];
  const box = h("div", { class: "chart-box" });
  if (!days.length) return notice("info", "No history yet: scores are kept once a day.");
  const first = days[0];
  const last = days[days.length - 1];
  const canvas = h("canvas", {
    class: "trend-chart",
    role: "img",
    "aria-label": "Health score over " + days.length + " day(s), from " + score(first.score) + " on "
      + first.date + " to " + score(last.score) + " on " + last.date,
  });
  box.append(canvas);
  drawTrend(canvas, days).catch((error) =>
    box.replaceWith(notice("error", "The trend chart could not be drawn: " + error.message)));
  const table = h("table", { class: "visually-hidden" },
    h("caption", null, "Health score by day"),
    h("thead", null, h("tr", null, h("th", null, "Day"), h("th", null, "Score"), h("th", null, "Grade"))),
    h("tbody", null, days.map((d) => h("tr", null, h("td", null, d.date), h("td", null, score(d.score)),
      h("td", null, d.grade || "–")))));
  const note = days.length < 2
    ? h("p", { class: "muted" }, "One day of history so far: the line grows as scores are kept each day.")
    : null;
  return h("div", null, box, note, table);
}

async function drawTrend(canvas, days) {
  const Chart = await chartJs();
  const accent = getComputedStyle(document.documentElement).getPropertyValue("--accent").trim() || "#0b57d0";
  new Chart(canvas, {
    type: "line",
    data: {
      labels: days.map((d) => d.date),
      datasets: [{
        label: "Health score",
        data: days.map((d) => d.score),
        borderColor: accent,
        backgroundColor: accent,
        pointRadius: days.length < 15 ? 4 : 2,
        tension: 0.2,
        spanGaps: true,
      }],
    },
    options: {
      animation: false,
      maintainAspectRatio: false,
      scales: { y: { min: 0, max: 100, title: { display: true, text: "score" } } },
      plugins: { legend: { display: false } },
    },
  });
}

/** What to fix first: the drivers, most points first. */
export function drivers(list) {
  const ordered = [...(list || [])].sort((a, b) => b.points - a.points);
  if (!ordered.length) {
    return notice("info", "Nothing to fix: no change would raise this score now.");
  }
  return h("ol", { class: "drivers" }, ordered.map((d) =>
    h("li", null,
      h("span", { class: "badge points", title: "Points this would add to the score" },
        "+" + d.points.toFixed(1) + " pts"),
      " ",
      h("span", { class: "action" }, d.action))));
}

/** The parts of the whole (a product's ports, a domain's products), lowest score first. */
export function parts(list, kind, linkOf) {
  const rows = [...(list || [])].sort((a, b) => (a.score ?? -1) - (b.score ?? -1));
  if (!rows.length) return notice("info", "No " + kind + " scored.");
  return h("table", { class: "parts" },
    h("caption", { class: "visually-hidden" }, kind + ", lowest score first"),
    h("thead", null, h("tr", null,
      h("th", { scope: "col" }, kind === "products" ? "Product" : "Output port"),
      h("th", { scope: "col", class: "num" }, "Score"),
      h("th", { scope: "col" }, "Grade"),
      h("th", { scope: "col" }, h("span", { class: "visually-hidden" }, "Score bar")),
      h("th", { scope: "col" }, "Cap"))),
    h("tbody", null, rows.map((p) => h("tr", null,
      h("td", null, h("a", { href: linkOf(p.urn) }, p.name || p.urn)),
      h("td", { class: "num" }, score(p.score)),
      h("td", null, gradeBadge(p.grade)),
      h("td", { class: "bar-cell" }, scoreBar(p.score, p.grade)),
      h("td", { class: "cap" }, p.cap || "")))));
}

/** Fills the health page of a product or a domain from its health answer. */
export function healthPage(view, health, options) {
  fill(view,
    options.crumbs,
    options.heading,
    headline(health, options.what),
    h("div", { class: "grid-2" },
      h("section", { class: "card", "aria-labelledby": "breakdown-h" },
        h("h2", { id: "breakdown-h" }, "Score breakdown"),
        breakdown(health.components || [], options.linkOf)),
      h("section", { class: "card", "aria-labelledby": "trend-h" },
        h("h2", { id: "trend-h" }, "Trend"),
        trend(health.history))),
    h("section", { "aria-labelledby": "drivers-h" },
      h("h2", { id: "drivers-h" }, "What to fix first"),
      drivers(health.drivers)),
    h("section", { "aria-labelledby": "parts-h" },
      h("h2", { id: "parts-h" }, options.partsTitle),
      parts(options.parts, options.partsKind, options.partLink)));
}
