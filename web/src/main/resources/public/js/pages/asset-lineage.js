// The asset page's lineage tab: the graph of GET /api/v1/lineage drawn by Cytoscape.js with the
// KLay layered layout (data flows left to right, so upstream is on the left), a list of the same
// nodes beside it (the keyboard's way in), and "expand" to fetch one node's neighbours and merge
// them in. The Cytoscape instance is window.meshlensLineage, for tests and the curious.
import * as api from "../api.js";
import { remember } from "../app.js";
import { assetHref, cytoscapeWithKlay, fill, h, notice, number, problem } from "../ui.js";
import { qualifiedName, shortName } from "./asset-common.js";

const DEPTHS = ["1", "2", "3", "4", "5", "10"];
const DIRECTIONS = [["both", "Both"], ["upstream", "Upstream"], ["downstream", "Downstream"]];
const LEVELS = [["dataset", "Datasets"], ["column", "Columns"]];
const CAPS = ["25", "100", "500", "2000"];

export async function renderLineage(panel, profile, params) {
  if (window.meshlensLineage) window.meshlensLineage.destroy(); // an earlier page's graph
  window.meshlensLineage = null;
  const isField = profile.type === "field";
  const state = {
    direction: pick(params.get("direction"), DIRECTIONS.map((d) => d[0]), "both"),
    depth: pick(params.get("depth"), DEPTHS, "2"),
    level: isField ? "column" : pick(params.get("level"), LEVELS.map((l) => l[0]), "dataset"),
    nodeCap: nodeCap(params.get("nodeCap")),
  };
  const caps = CAPS.includes(state.nodeCap) ? CAPS : [...CAPS, state.nodeCap].sort((a, b) => a - b);
  const canColumns = profile.type === "dataset";

  const select = (id, label, options, key) => {
    const element = h("select", { id, name: key }, options.map(([value, text]) => h("option", { value, selected: value === state[key] }, text)));
    element.addEventListener("change", () => {
      state[key] = element.value;
      remember("asset", profile.urn, {
        tab: "lineage",
        direction: state.direction,
        depth: state.depth,
        level: canColumns ? state.level : undefined,
        nodeCap: state.nodeCap === "2000" ? undefined : state.nodeCap,
      });
      load();
    });
    return h("div", { class: "control" }, h("label", { for: id }, label), element);
  };
  const controls = h(
    "form",
    { class: "lineage-controls", "aria-label": "Lineage options", onsubmit: (e) => e.preventDefault() },
    select("lineage-direction", "Direction", DIRECTIONS, "direction"),
    select("lineage-depth", "Depth", DEPTHS.map((d) => [d, d === "10" ? "10 (far)" : d]), "depth"),
    canColumns ? select("lineage-level", "Level", LEVELS, "level") : null,
    select("lineage-cap", "Most nodes", caps.map((c) => [c, number(Number(c))]), "nodeCap"),
  );
  const counts = h("p", { class: "lineage-counts", id: "lineage-counts", role: "status", "aria-live": "polite" });
  const notices = h("div", { class: "lineage-notices" });
  const graph = h("div", {
    class: "lineage-graph",
    id: "lineage-graph",
    role: "img",
    "aria-label": "Lineage graph of " + (profile.name || profile.urn) + "; the list of nodes beside it holds the same nodes",
  });
  const list = h("div", { class: "lineage-list", "aria-label": "Nodes in the graph" });
  const details = h("div", { class: "lineage-details card", "aria-live": "polite" }, h("p", { class: "muted" }, "Select a node in the graph or the list to see it here."));
  fill(
    panel,
    controls,
    notices,
    counts,
    h("div", { class: "lineage-layout" }, graph, h("div", { class: "lineage-side" }, details, list)),
    h("p", { class: "legend muted" },
      h("span", { class: "key key-root" }, "this asset"), h("span", { class: "key key-dataset" }, "dataset"),
      h("span", { class: "key key-product" }, "product"), h("span", { class: "key key-field" }, "column"),
      h("span", { class: "key key-redacted" }, "hidden asset"),
      " Click a node to select it; double-click or press Expand to fetch its neighbours."),
  );

  const cytoscape = await cytoscapeWithKlay();
  let cy = null;
  let selected = null;
  let loads = 0;

  async function load() {
    const ticket = ++loads;
    if (cy) cy.destroy();
    cy = null;
    selected = null;
    fill(counts, "Loading the lineage…");
    fill(notices);
    let answer;
    try {
      answer = await fetchLineage(profile.urn, state.direction, state.depth, state.level, state.nodeCap);
    } catch (error) {
      if (ticket !== loads) return;
      fill(counts);
      fill(notices, problem(error));
      return;
    }
    if (ticket !== loads) return; // the options changed while this answer was on its way
    cy = cytoscape({
      container: graph,
      elements: [],
      style: STYLE,
      minZoom: 0.2,
      maxZoom: 3,
      wheelSensitivity: 0.3,
    });
    window.meshlensLineage = cy;
    merge(answer, true);
    cy.on("tap", "node", (event) => choose(event.target.id()));
    cy.on("dbltap", "node", (event) => expand(event.target.id()));
    fill(notices, limitsNotices(answer, state));
    layout();
  }

  /** Adds an answer's nodes and edges that are not drawn yet; answers how many were new. */
  function merge(answer, first) {
    const added = { nodes: 0, edges: 0 };
    const elements = [];
    for (const node of answer.nodes) {
      const id = node.redacted ? node.ref : node.urn;
      if (cy.getElementById(id).nonempty()) continue;
      const parent = !node.redacted && node.type === "field" ? fieldDataset(node.urn) : null;
      if (parent && cy.getElementById(parent).empty() && !elements.some((e) => e.data.id === parent)) {
        elements.push({ group: "nodes", data: { id: parent, label: datasetLabel(parent), type: "dataset", urn: parent, box: true } });
      }
      elements.push({
        group: "nodes",
        data: {
          id,
          label: node.redacted ? "hidden asset" : node.name || shortName(node.urn),
          type: node.type,
          urn: node.urn || null,
          redacted: Boolean(node.redacted),
          root: first && node.distance === 0,
          parent: parent || undefined,
        },
      });
      added.nodes++;
    }
    for (const edge of answer.edges) {
      const id = edge.from + " -> " + edge.to;
      if (cy.getElementById(id).nonempty() || elements.some((e) => e.data.id === id)) continue;
      elements.push({ group: "edges", data: { id, source: edge.from, target: edge.to, via: edge.via || null, transformation: edge.transformation || null } });
      added.edges++;
    }
    cy.add(elements);
    showCounts();
    return added;
  }

  function layout() {
    cy.layout({
      name: "klay",
      nodeDimensionsIncludeLabels: true,
      fit: true,
      padding: 24,
      klay: { direction: "RIGHT", spacing: 28, inLayerSpacingFactor: 1.2, thoroughness: 10, layoutHierarchy: true },
    }).run();
  }

  function drawn() {
    return cy.nodes().filter((n) => !n.data("box"));
  }

  function showCounts() {
    const nodes = drawn().length;
    const edges = cy.edges().length;
    graph.dataset.nodes = String(nodes);
    graph.dataset.edges = String(edges);
    fill(counts, h("strong", null, number(nodes)), " nodes · ", h("strong", null, number(edges)), " edges");
    renderList();
  }

  function renderList() {
    const nodes = drawn();
    const roots = nodes.filter("[?root]");
    const upstream = roots.predecessors("node").intersection(nodes).difference(roots);
    const downstream = roots.successors("node").intersection(nodes).difference(roots).difference(upstream);
    const groups = [
      [profile.type === "product" ? "This product's datasets" : state.level === "column" && profile.type === "dataset" ? "This asset's columns" : "This asset", roots],
      ["Upstream", upstream],
      ["Downstream", downstream],
      ["Elsewhere", nodes.difference(roots).difference(upstream).difference(downstream)],
    ];
    fill(
      list,
      groups.filter(([, nodes]) => nodes.nonempty()).map(([label, nodes]) => [
        h("h3", null, label, " ", h("span", { class: "muted" }, "(" + nodes.length + ")")),
        h("ul", { class: "plain node-list" }, sorted(nodes).map((n) =>
          h("li", null, h("button", {
            type: "button",
            class: "node-button",
            "aria-pressed": String(selected === n.id()),
            dataset: { node: n.id() },
            onclick: () => choose(n.id(), true),
          }, h("span", { class: "type" }, n.data("type") === "field" ? "column" : n.data("type")), " ", n.data("label"),
          n.data("parent") ? h("span", { class: "muted" }, " in " + datasetLabel(n.data("parent"))) : null)))),
      ]),
    );
  }

  /** Selects a node and shows it beside the graph; centre brings it into view (from the list). */
  function choose(id, centre = false) {
    const node = cy.getElementById(id);
    if (node.empty()) return;
    selected = id;
    cy.elements().unselect();
    node.select();
    if (centre) cy.animate({ center: { eles: node }, duration: 200 });
    for (const b of list.querySelectorAll(".node-button")) b.setAttribute("aria-pressed", String(b.dataset.node === id));
    const data = node.data();
    const incoming = node.incomers("edge");
    const via = [...new Set(incoming.map((e) => e.data("via")).filter(Boolean))];
    fill(
      details,
      h("p", { class: "type" }, data.redacted ? "hidden asset" : data.type === "field" ? "column" : data.type),
      h("h3", null, data.label),
      data.redacted
        ? h("p", { class: "muted" }, "You may not see this asset; only that it is here.")
        : [
          h("p", { class: "mono small" }, qualifiedName(data.urn)),
          h("p", null, h("a", { href: assetHref(data.urn) }, "Open its profile"), " · ", h("a", { href: assetHref(data.urn, "lineage") }, "Centre the lineage on it")),
          via.length ? h("p", { class: "small" }, h("span", { class: "muted" }, "Produced by "), via.map((v) => h("a", { href: assetHref(v), class: "chip" }, shortName(v)))) : null,
          h("p", { class: "small muted" }, incoming.length + " in · " + node.outgoers("edge").length + " out"),
          data.expanded
            ? h("p", { class: "small muted" }, "Expanded.")
            : h("button", { type: "button", class: "secondary", id: "lineage-expand", onclick: () => expand(id) }, "Expand"),
        ],
    );
  }

  async function expand(id) {
    const node = cy.getElementById(id);
    if (node.empty() || node.data("redacted") || node.data("expanded")) return;
    const status = h("p", { class: "muted", role: "status" }, "Expanding " + node.data("label") + "…");
    details.append(status);
    let answer;
    try {
      answer = await fetchLineage(node.data("urn"), state.direction, "1", state.level, state.nodeCap);
    } catch (error) {
      status.replaceWith(problem(error));
      return;
    }
    node.data("expanded", true);
    const added = merge(answer, false);
    if (answer.limits && (answer.limits.nodesOverCap || answer.limits.edgesOverCap || answer.limits.timedOut)) {
      notices.append(limitsNotices(answer, { depth: "1" }));
    }
    layout();
    choose(id);
    details.append(h("p", { class: "small", role: "status" },
      added.nodes || added.edges ? "Added " + added.nodes + " nodes and " + added.edges + " edges." : "No new neighbours."));
  }

  await load();
}

function pick(value, allowed, fallback) {
  return allowed.includes(value) ? value : fallback;
}

function fetchLineage(urn, direction, depth, level, nodeCap) {
  return api.get("/api/v1/lineage", { urn, direction, depth, level, nodeCap });
}

/** The node cap from the URL: a whole number from 1 to 10,000, else the server's default 2,000. */
function nodeCap(value) {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 && n <= 10000 ? String(n) : "2000";
}

/** urn:meshlens:field:(ns,name,path) -> urn:meshlens:dataset:(ns,name). */
function fieldDataset(urn) {
  const inner = urn.replace(/^urn:meshlens:field:\(/, "").replace(/\)$/, "");
  const at = inner.lastIndexOf(",");
  return at < 0 ? null : "urn:meshlens:dataset:(" + inner.slice(0, at) + ")";
}

/** A dataset box's label: the last part of its name (public.orders -> orders). */
function datasetLabel(urn) {
  const name = shortName(urn);
  return name.slice(name.lastIndexOf(".") + 1);
}

function sorted(nodes) {
  return nodes.toArray().sort((a, b) => String(a.data("label")).localeCompare(String(b.data("label"))));
}

/** What the limits left out: the node cap (a warning) and what lies beyond the depth (a hint). */
function limitsNotices(answer, state) {
  const l = answer.limits || {};
  const out = [];
  if (l.nodesOverCap || l.edgesOverCap || l.timedOut) {
    const parts = [];
    if (l.nodesOverCap) parts.push(number(l.nodesOverCap) + " nodes over the cap of " + number(l.nodeCap));
    if (l.edgesOverCap) parts.push(number(l.edgesOverCap) + " edges over the cap of " + number(l.edgeCap));
    if (l.timedOut) parts.push("the walk stopped at its time limit of " + l.timeoutMillis + " ms");
    out.push(notice("warn", h("strong", null, "Truncated: "), "this graph is not complete: ", parts.join("; "),
      l.countsExact === false ? " (at least)" : "", ". Lower the depth, pick one direction, raise “Most nodes”, or expand nodes one by one."));
  } else if (answer.truncated && l.nodesBeyondDepth) {
    out.push(notice("info", number(l.nodesBeyondDepth) + " more nodes lie one hop past depth " + state.depth +
      ". Raise the depth or expand a node at the edge of the graph."));
  } else if (answer.truncated) {
    out.push(notice("warn", h("strong", null, "Truncated: "), "the server cut this answer short."));
  }
  return out;
}

const STYLE = [
  {
    selector: "node",
    style: {
      label: "data(label)",
      shape: "round-rectangle",
      width: (n) => Math.min(220, Math.max(50, String(n.data("label")).length * 6.6 + 18)),
      height: 26,
      "font-size": 11,
      "text-valign": "center",
      "text-halign": "center",
      "text-wrap": "ellipsis",
      "text-max-width": 210,
      color: "#1b1f24",
      "background-color": "#e8f0fe",
      "border-width": 1,
      "border-color": "#4a5260",
    },
  },
  { selector: "node[type = 'product']", style: { "background-color": "#dafbe1" } },
  { selector: "node[type = 'job']", style: { "background-color": "#fff1cc", shape: "round-tag" } },
  { selector: "node[type = 'field']", style: { "background-color": "#ffffff", height: 22, "font-size": 10 } },
  { selector: "node[?redacted]", style: { "background-color": "#f5f7fa", "border-style": "dashed", color: "#4a5260", "font-style": "italic" } },
  { selector: "node[?root]", style: { "background-color": "#0b57d0", color: "#ffffff", "border-color": "#062f70", "border-width": 2, "font-weight": "bold" } },
  {
    selector: ":parent",
    style: {
      "background-color": "#f5f7fa",
      "background-opacity": 1,
      "border-color": "#d5dae1",
      "text-valign": "top",
      "text-halign": "center",
      "font-size": 11,
      "font-weight": "bold",
      padding: 8,
      shape: "round-rectangle",
      color: "#4a5260",
    },
  },
  { selector: "node:selected", style: { "border-width": 3, "border-color": "#a40e26", "overlay-opacity": 0 } },
  {
    selector: "edge",
    style: {
      width: 1.5,
      "line-color": "#8a93a0",
      "target-arrow-color": "#8a93a0",
      "target-arrow-shape": "triangle",
      "curve-style": "bezier",
      "arrow-scale": 0.9,
    },
  },
];
