// The SPARQL console (stewards and admins): the example governance queries, a query box, results
// as a table (SELECT), a yes/no (ASK) or Turtle (CONSTRUCT, DESCRIBE), and the server's problem.
import { exchange } from "../api.js";
import { fill, h, notice, number, pageOf, problem } from "../ui.js";
import { EXAMPLES } from "./governance-queries.js";

const ID = "https://meshlens.dev/id/";
const SHOWN_ROWS = 500;
const PREFIXES = [
  ["dcat:", "http://www.w3.org/ns/dcat#"],
  ["dct:", "http://purl.org/dc/terms/"],
  ["dprod:", "https://ekgf.github.io/dprod/"],
  ["dqv:", "http://www.w3.org/ns/dqv#"],
  ["prov:", "http://www.w3.org/ns/prov#"],
  ["ml:", "https://meshlens.dev/ns#"],
  ["rdf:", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"],
  ["rdfs:", "http://www.w3.org/2000/01/rdf-schema#"],
  ["xsd:", "http://www.w3.org/2001/XMLSchema#"],
];

export function sparqlConsole() {
  const examples = h("select", { id: "sparql-example" },
    h("option", { value: "" }, "Choose an example…"),
    EXAMPLES.map((e, i) => h("option", { value: String(i) }, e.title)));
  const query = h("textarea", {
    id: "sparql-query",
    name: "query",
    rows: 14,
    spellcheck: "false",
    autocomplete: "off",
    required: true,
    placeholder: "SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 10",
    "aria-describedby": "sparql-help",
  });
  const run = h("button", { type: "submit" }, "Run query");
  const results = h("div", { class: "sparql-results" });
  const said = h("p", { class: "visually-hidden", role: "status" });
  const form = h("form", { class: "sparql", onsubmit: submit },
    h("p", null, h("label", { for: "sparql-example" }, "Example query"), " ", examples),
    h("p", null, h("label", { for: "sparql-query" }, "SPARQL query")),
    query,
    h("p", { id: "sparql-help", class: "muted" },
      "Queries only (SELECT, ASK, CONSTRUCT, DESCRIBE) over the lineage graph; Ctrl+Enter runs the query. "
        + "The vocabulary is described in docs/governance-queries.md."),
    h("p", null, run),
    said,
    results);
  examples.addEventListener("change", () => {
    if (examples.value !== "") query.value = EXAMPLES[Number(examples.value)].query;
  });
  query.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      form.requestSubmit();
    }
  });
  return form;

  async function submit(event) {
    event.preventDefault();
    run.disabled = true;
    said.textContent = "Running the query…";
    fill(results, h("p", { class: "loading" }, "Running…"));
    const started = performance.now();
    try {
      const answer = await sparql(query.value);
      const millis = Math.round(performance.now() - started);
      fill(results, show(answer, millis));
      said.textContent = results.querySelector(".sparql-count, .sparql-ask, .muted")?.textContent || "Done";
    } catch (error) {
      said.textContent = ""; // the problem is an alert of its own
      fill(results, problem(error));
    } finally {
      run.disabled = false;
    }
  }
}

/** Posts the query; answers {json | text, truncated, cap} (the cap from the response headers). */
async function sparql(text) {
  const { payload, headers } = await exchange("/sparql", {
    method: "POST",
    body: text,
    contentType: "application/sparql-query",
    accept: "application/sparql-results+json, text/turtle;q=0.9",
  });
  return {
    json: typeof payload === "object" ? payload : null,
    text: typeof payload === "string" ? payload : null,
    truncated: headers.get("Meshlens-Results-Truncated") === "true",
    cap: headers.get("Meshlens-Result-Cap"),
  };
}

function show(answer, millis) {
  const cut = answer.truncated
    ? notice("warn", "The answer was cut at the server's result cap of " + answer.cap + ": these are the first ones.")
    : null;
  if (answer.text !== null) {
    return [h("p", { class: "muted" }, "Graph, in " + millis + " ms"), cut, h("pre", { class: "sparql-graph" }, answer.text)];
  }
  if (typeof answer.json.boolean === "boolean") {
    return [h("p", { class: "sparql-ask" }, "Answer: ", h("strong", null, answer.json.boolean ? "yes" : "no")),
      h("p", { class: "muted" }, millis + " ms")];
  }
  const vars = answer.json.head.vars;
  const rows = answer.json.results.bindings;
  return [
    h("p", { class: "sparql-count" }, number(rows.length) + (rows.length === 1 ? " row" : " rows") + " in " + millis + " ms"
      + (rows.length > SHOWN_ROWS ? "; the first " + SHOWN_ROWS + " are shown" : "")),
    cut,
    rows.length === 0 ? notice("info", "No rows match.") : h("div", { class: "table-scroll" },
      h("table", { class: "sparql-table" },
        h("thead", null, h("tr", null, vars.map((v) => h("th", { scope: "col" }, v)))),
        h("tbody", null, rows.slice(0, SHOWN_ROWS).map((row) =>
          h("tr", null, vars.map((v) => h("td", null, term(row[v])))))))),
  ];
}

/** One RDF term: a Meshlens asset as a link to its page, other IRIs compacted, literals as text. */
function term(value) {
  if (!value) return "";
  if (value.type === "uri") {
    if (value.value.startsWith(ID)) {
      const urn = decodeURIComponent(value.value.slice(ID.length));
      return h("a", { href: pageOf(urn), title: value.value }, urn);
    }
    const prefix = PREFIXES.find(([, ns]) => value.value.startsWith(ns));
    return h("span", { class: "mono", title: value.value },
      prefix ? prefix[0] + value.value.slice(prefix[1].length) : value.value);
  }
  if (value.type === "bnode") return h("span", { class: "mono muted" }, "_:" + value.value);
  return value.value;
}
