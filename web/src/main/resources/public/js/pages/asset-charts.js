// The asset page's usage and health tabs, the two with charts (Chart.js from its WebJar).
import * as api from "../api.js";
import { assetLink, chartJs, fill, gradeClass, h, healthBadge, number, pageOf, productHref, when } from "../ui.js";
import { shortName, unknown } from "./asset-common.js";
import { breakdown, drivers, trend as trendChart } from "./health-parts.js";

// ---------------------------------------------------------------- usage

export async function renderUsage(panel, usage) {
  if (!usage.known) {
    fill(panel, unknown(usage, "No usage"));
    return;
  }
  const trend = usage.trend || {};
  const arrow = { up: "▲", down: "▼", flat: "▶" }[trend.direction] || "";
  const canvas = h("canvas", { id: "usage-chart", role: "img", "aria-label": "Daily usage events and distinct users over the last " + (usage.daily || []).length + " days" });
  fill(
    panel,
    h("div", { class: "figures" },
      figure("usage-30", "Events, 30 days", number(usage.last30Days.events)),
      figure("usage-90", "Events, 90 days", number(usage.last90Days.events), usage.truncated ? "at least" : null),
      figure("usage-users", "Distinct users, 30 days", number(usage.last30Days.users)),
      figure("usage-jobs", "Consuming jobs, 30 days", number(usage.last30Days.jobs)),
      figure("usage-trend", "Trend vs previous 30 days",
        h("span", { class: "trend trend-" + (trend.direction || "flat") }, arrow + " " + (trend.changePercent === null || trend.changePercent === undefined ? "–" : (trend.changePercent > 0 ? "+" : "") + trend.changePercent + "%")),
        "previous: " + number(trend.previous30Days))),
    h("h2", null, "Daily usage"),
    h("div", { class: "chart-box" }, canvas),
    dailyTable(usage.daily || []),
    h("h2", null, "Top consumers"),
    consumers(usage.topConsumers || []),
  );
  const Chart = await chartJs();
  const days = usage.daily || [];
  new Chart(canvas, {
    type: "bar",
    data: {
      labels: days.map((d) => d.date),
      datasets: [
        { type: "bar", label: "Events", data: days.map((d) => d.events), backgroundColor: "#0b57d0", yAxisID: "y" },
        { type: "line", label: "Distinct users", data: days.map((d) => d.users), borderColor: "#116329", backgroundColor: "#116329", yAxisID: "y", tension: 0.2, pointRadius: 2 },
      ],
    },
    options: {
      maintainAspectRatio: false,
      animation: false,
      interaction: { mode: "index", intersect: false },
      scales: { x: { ticks: { maxRotation: 0, autoSkip: true, maxTicksLimit: 10 } }, y: { beginAtZero: true, ticks: { precision: 0 } } },
    },
  });
}

function figure(id, label, value, note) {
  return h("div", { class: "figure card", id }, h("div", { class: "figure-label muted" }, label), h("div", { class: "figure-value" }, value), note ? h("div", { class: "small muted" }, note) : null);
}

/** The chart's numbers as a table, for those who do not see the chart. */
function dailyTable(days) {
  return h("details", { class: "chart-data" },
    h("summary", null, "The numbers behind the chart"),
    h("table", null,
      h("thead", null, h("tr", null, h("th", { scope: "col" }, "Day"), h("th", { scope: "col", class: "num" }, "Events"), h("th", { scope: "col", class: "num" }, "Users"), h("th", { scope: "col", class: "num" }, "Jobs"))),
      h("tbody", null, days.map((d) => h("tr", null, h("td", null, d.date), h("td", { class: "num" }, number(d.events)), h("td", { class: "num" }, number(d.users)), h("td", { class: "num" }, number(d.jobs)))))));
}

function consumers(list) {
  if (!list.length) return h("p", { class: "muted" }, "No consumers recorded.");
  const most = Math.max(...list.map((c) => c.events), 1);
  return h("table", { class: "consumers" },
    h("thead", null, h("tr", null, h("th", { scope: "col" }, "Consumer"), h("th", { scope: "col" }, "Kind"), h("th", { scope: "col", class: "num" }, "Events"), h("th", { scope: "col" }, h("span", { class: "visually-hidden" }, "Share")))),
    h("tbody", null, list.map((c) => h("tr", null,
      h("td", null, c.principal.startsWith("urn:meshlens:") ? assetLink(c.principal, shortName(c.principal)) : c.principal),
      h("td", null, c.kind),
      h("td", { class: "num" }, number(c.events)),
      h("td", { class: "share" }, h("div", { class: "bar" }, h("span", { style: "width:" + Math.round(100 * c.events / most) + "%" })))))));
}

// ---------------------------------------------------------------- health

export async function renderHealth(panel, profile) {
  const section = profile.health;
  if (!section.known) {
    fill(panel, unknown(section, "No health score"));
    return;
  }
  let detail = null;
  if (profile.type === "product") {
    try {
      detail = await api.get("/api/v1/products/" + api.seg(profile.urn) + "/health");
    } catch (error) {
      detail = null; // the profile's own section still has the score and breakdown
    }
  }
  const components = (detail && detail.components) || section.components || [];
  const history = detail && detail.history && detail.history.length
    ? detail.history
    : (section.history || [])
      .map((p) => ({ date: String(p.computedAt).slice(0, 10), score: p.score, grade: p.grade }))
      .reverse();
  const cap = (detail && detail.cap) || section.cap;
  fill(
    panel,
    h("div", { class: "health-head" },
      h("div", { class: "health-score", id: "health-score" },
        h("span", { class: "score-number badge " + gradeClass(section.grade) },
          section.score === null ? "–" : Number(section.score).toFixed(1)),
        " ", h("span", { class: "muted" }, "grade "), h("strong", null, section.grade || "–")),
      h("p", { class: "muted" }, "Computed " + when(section.computedAt) + ". The score is the weighted mean of the signals that are known, scaled to 0–100; unknown signals give their weight to the known ones."),
      profile.type === "product"
        ? h("p", null, h("a", { href: productHref(profile.urn) }, "The product's health page"), " (ports, trend, what to fix first)")
        : null),
    cap ? h("div", { class: "notice notice-warn", role: "status" }, h("strong", null, "Capped: "), cap) : null,
    h("h2", null, "Breakdown"),
    breakdown(components, pageOf),
    h("h2", null, "What would add the most points"),
    drivers(detail && detail.drivers && detail.drivers.length ? detail.drivers : estimatedDrivers(components)),
    detail && detail.ports && detail.ports.length ? [h("h2", null, "Output ports"), h("ul", { class: "plain" }, detail.ports.map((p) => h("li", null, assetLink(p.urn, p.name), " ", healthBadge(p.score, p.grade), p.cap ? h("span", { class: "muted" }, " capped: " + p.cap) : null)))] : null,
    h("h2", null, "History"),
    trendChart(history),
  );
}

/**
 * Where a dataset (whose profile has no drivers) would gain most: a known signal's shortfall times
 * its share of the known weights, in points.
 */
function estimatedDrivers(components) {
  const known = components.filter((c) => c.value !== null && c.value !== undefined);
  const total = known.reduce((s, c) => s + c.weight, 0);
  if (!total) return [];
  return known
    .map((c) => ({ action: "Raise " + c.name + " from " + Math.round(100 * c.value) + " to 100", points: (100 * (1 - c.value) * c.weight) / total }))
    .filter((d) => d.points >= 0.1)
    .sort((a, b) => b.points - a.points);
}
