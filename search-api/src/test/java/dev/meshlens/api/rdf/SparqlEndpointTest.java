package dev.meshlens.api.rdf;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meshlens.api.TestAuth;
import dev.meshlens.api.ingest.PushServer;
import dev.meshlens.api.lineage.FoodDeliverySeed;
import dev.meshlens.catalog.Urn;
import dev.meshlens.lineage.rdf.Iris;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.WebContent;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.sparql.exec.http.QuerySendMode;
import org.apache.jena.sparql.exec.http.UpdateExecutionHTTP;
import org.apache.jena.sparql.exec.http.UpdateSendMode;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code /sparql} through Jena's own SPARQL 1.1 Protocol client ({@link QueryExecutionHTTP}, {@link
 * UpdateExecutionHTTP}) and plain HTTP, on the food-delivery seed pushed over HTTP.
 */
class SparqlEndpointTest {
  static final String PREFIXES =
      "PREFIX prov: <http://www.w3.org/ns/prov#>\n"
          + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
          + "PREFIX ml: <https://meshlens.dev/ns#>\n";
  static final String DERIVED = PREFIXES + "SELECT * { ?s prov:wasDerivedFrom ?o }";

  @TempDir static Path dir;
  static PushServer server;
  static String endpoint;

  @BeforeAll
  static void start() {
    server = PushServer.start(dir);
    FoodDeliverySeed.push(server);
    endpoint = server.url() + "/sparql";
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static String iri(String table) {
    return Iris.iri(FoodDeliverySeed.table(table));
  }

  static String text(RDFNode node) {
    return node.isResource() ? node.asResource().getURI() : node.asLiteral().getLexicalForm();
  }

  static Set<String> select(String query, String accept, QuerySendMode mode) {
    Set<String> rows = new TreeSet<>();
    try (QueryExecution exec =
        QueryExecutionHTTP.service(endpoint)
            .httpHeader("Authorization", TestAuth.admin(server.meshlens()))
            .query(query)
            .acceptHeader(accept)
            .sendMode(mode)
            .build()) {
      ResultSet results = exec.execSelect();
      while (results.hasNext()) {
        QuerySolution row = results.next();
        List<String> values = new ArrayList<>();
        results.getResultVars().forEach(v -> values.add(text(row.get(v))));
        rows.add(String.join(" <- ", values));
      }
    }
    return rows;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        WebContent.contentTypeResultsJSON,
        WebContent.contentTypeResultsXML,
        WebContent.contentTypeTextCSV,
        WebContent.contentTypeTextTSV
      })
  void select_over_the_union_of_the_asset_graphs_in_each_results_format(String accept) {
    Set<String> rows = select(DERIVED, accept, QuerySendMode.asGetAlways);

    assertThat(rows)
        .contains(
            iri("orders_7_days") + " <- " + iri("orders"),
            iri("delivery_7_days") + " <- " + iri("customers"),
            iri("popular_orders_day_of_week") + " <- " + iri("top_delivery_times"))
        .as("the same rows whatever the format")
        .isEqualTo(select(DERIVED, WebContent.contentTypeResultsJSON, QuerySendMode.asGetAlways));
  }

  @ParameterizedTest
  @EnumSource(
      value = QuerySendMode.class,
      names = {"asGetAlways", "asPostForm", "asPost"})
  void a_query_is_taken_by_get_by_form_and_as_a_sparql_query_body(QuerySendMode mode) {
    assertThat(select(DERIVED, WebContent.contentTypeResultsJSON, mode))
        .isEqualTo(select(DERIVED, WebContent.contentTypeResultsJSON, QuerySendMode.asGetAlways))
        .hasSizeGreaterThan(20);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        WebContent.contentTypeResultsJSON,
        WebContent.contentTypeResultsXML,
        WebContent.contentTypeTextCSV
      })
  void ask_in_each_results_format(String accept) {
    String yes = PREFIXES + "ASK { <" + iri("orders_7_days") + "> prov:wasDerivedFrom ?o }";
    String no = PREFIXES + "ASK { <" + iri("orders") + "> prov:wasDerivedFrom ?o }";
    try (QueryExecution exec =
        QueryExecutionHTTP.service(endpoint)
            .httpHeader("Authorization", TestAuth.admin(server.meshlens()))
            .query(yes)
            .acceptHeader(accept)
            .build()) {
      assertThat(exec.execAsk()).isTrue();
    }
    try (QueryExecution exec =
        QueryExecutionHTTP.service(endpoint)
            .httpHeader("Authorization", TestAuth.admin(server.meshlens()))
            .query(no)
            .acceptHeader(accept)
            .build()) {
      assertThat(exec.execAsk()).isFalse();
    }
  }

  @Test
  void ask_in_tsv_as_jena_writes_it() {
    // Jena's TSV reader cannot read a boolean (SPARQL 1.1 TSV defines none), so no client here
    HttpResponse<String> yes =
        get(
            "?query="
                + encode(
                    PREFIXES + "ASK { <" + iri("orders_7_days") + "> prov:wasDerivedFrom ?o }"),
            WebContent.contentTypeTextTSV);

    assertThat(yes.statusCode()).isEqualTo(200);
    assertThat(yes.headers().firstValue("Content-Type"))
        .hasValue("text/tab-separated-values; charset=utf-8");
    assertThat(yes.body()).isEqualTo("?_askResult\ntrue\n");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        WebContent.contentTypeTurtle,
        WebContent.contentTypeNTriples,
        WebContent.contentTypeJSONLD,
        WebContent.contentTypeRDFXML
      })
  void construct_and_describe_in_each_rdf_format(String accept) {
    String construct =
        PREFIXES
            + "PREFIX ex: <https://example.org/>\n"
            + "CONSTRUCT { ?o ex:feeds ?s } WHERE { ?s prov:wasDerivedFrom ?o . ?s a ?type }";
    String describe = "DESCRIBE <" + iri("orders") + ">";
    Model fed;
    Model described;
    try (QueryExecution exec =
        QueryExecutionHTTP.service(endpoint)
            .httpHeader("Authorization", TestAuth.admin(server.meshlens()))
            .query(construct)
            .acceptHeader(accept)
            .build()) {
      fed = exec.execConstruct();
    }
    try (QueryExecution exec =
        QueryExecutionHTTP.service(endpoint)
            .httpHeader("Authorization", TestAuth.admin(server.meshlens()))
            .query(describe)
            .acceptHeader(accept)
            .build()) {
      described = exec.execDescribe();
    }
    Model turtle;
    try (QueryExecution exec =
        QueryExecutionHTTP.service(endpoint)
            .httpHeader("Authorization", TestAuth.admin(server.meshlens()))
            .query(construct)
            .acceptHeader(WebContent.contentTypeTurtle)
            .build()) {
      turtle = exec.execConstruct();
    }

    assertThat(fed.size()).isGreaterThan(10);
    assertThat(fed.isIsomorphicWith(turtle)).as("the same graph whatever the format").isTrue();
    assertThat(
            fed.contains(
                fed.createResource(iri("orders")),
                fed.createProperty("https://example.org/feeds"),
                fed.createResource(iri("orders_7_days"))))
        .isTrue();
    assertThat(
            described.contains(
                described.createResource(iri("orders")), RDFS.label, "public.orders"))
        .as("DESCRIBE answers what the graph says about the dataset")
        .isTrue();
  }

  @Test
  void named_graphs_are_one_per_asset() {
    Set<String> graphs =
        select(
            PREFIXES
                + "SELECT ?g { GRAPH ?g { <"
                + iri("orders_7_days")
                + "> prov:wasGeneratedBy ?job } }",
            WebContent.contentTypeResultsJSON,
            QuerySendMode.asGetAlways);

    assertThat(graphs)
        .containsExactly(Iris.iri(Urn.job(FoodDeliverySeed.NAMESPACE, "etl_orders_7_days")));
  }

  @Test
  void without_accept_select_answers_json_and_construct_turtle() {
    HttpResponse<String> select = get("?query=" + encode(DERIVED), null);
    HttpResponse<String> construct =
        get("?query=" + encode("CONSTRUCT WHERE { ?s ?p ?o } LIMIT 3"), "*/*");

    assertThat(select.statusCode()).isEqualTo(200);
    assertThat(select.headers().firstValue("Content-Type"))
        .hasValue("application/sparql-results+json; charset=utf-8");
    assertThat(server.tree(select.body()).path("head").path("vars").toString())
        .isEqualTo("[\"s\",\"o\"]");
    assertThat(construct.headers().firstValue("Content-Type"))
        .hasValue("text/turtle; charset=utf-8");
    assertThat(select.headers().firstValue(SparqlHandler.CAP)).hasValue("100000");
    assertThat(select.headers().firstValue(SparqlHandler.TRUNCATED)).isEmpty();
  }

  @Test
  void an_update_through_the_client_is_refused_and_changes_nothing() {
    String insert =
        "INSERT DATA { <"
            + iri("orders")
            + "> <http://www.w3.org/ns/prov#wasDerivedFrom> <urn:x> }";
    long applied = server.lineageGraph().appliedSequence();

    for (UpdateSendMode mode : UpdateSendMode.values()) {
      assertThatThrownBy(() ->
              UpdateExecutionHTTP.service(endpoint)
                  .httpHeader("Authorization", TestAuth.admin(server.meshlens()))
                  .update(insert)
                  .sendMode(mode)
                  .build()
                  .execute())
          .as(mode.toString())
          .isInstanceOfSatisfying(
              HttpException.class, e -> assertThat(e.getStatusCode()).isEqualTo(403));
    }
    assertThatThrownBy(
            () -> {
              try (QueryExecution exec =
                  QueryExecutionHTTP.service(endpoint)
                      .httpHeader("Authorization", TestAuth.admin(server.meshlens()))
                      .queryString(insert)
                      .parseCheck(false)
                      .build()) {
                exec.execSelect().hasNext();
              }
            })
        .as("update text sent as a query")
        .isInstanceOfSatisfying(
            QueryExceptionHTTP.class, e -> assertThat(e.getStatusCode()).isEqualTo(403));
    try (QueryExecution exec =
        QueryExecutionHTTP.service(endpoint)
            .httpHeader("Authorization", TestAuth.admin(server.meshlens()))
            .query("ASK { <" + iri("orders") + "> ?p <urn:x> }")
            .build()) {
      assertThat(exec.execAsk()).isFalse();
    }
    assertThat(server.lineageGraph().appliedSequence()).isEqualTo(applied);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "malformed            | GET  | SELECT * WHERE { ?s ?p }            |  | 400 | invalid-sparql"
            + " | Malformed SPARQL query: Encountered",
        "lexical error        | GET  | SELEKT ?s                           |  | 400 | invalid-sparql"
            + " | Lexical error at line 1, column 7",
        "update as query      | GET  | DELETE WHERE { ?s ?p ?o }           |  | 403"
            + " | sparql-update-refused | SPARQL Update (update text sent as a query) is refused",
        "update parameter     | FORM | update=DELETE+WHERE+%7B%3Fs+%3Fp+%3Fo%7D | | 403"
            + " | sparql-update-refused | SPARQL Update (the update parameter) is refused",
        "sparql-update body   | application/sparql-update | DELETE WHERE { ?s ?p ?o } | | 403"
            + " | sparql-update-refused | application/sparql-update",
        "no query             | GET  |                                     |  | 400"
            + " | invalid-parameter | Query parameter 'query' is required",
        "text/plain body      | text/plain | SELECT * { ?s ?p ?o }         |  | 415 | http-415"
            + " | POST /sparql takes application/sparql-query",
        "not acceptable       | GET  | SELECT * { ?s ?p ?o }               | image/png | 406"
            + " | not-acceptable | available: application/sparql-results+json",
        "service              | GET  | SELECT * { SERVICE <http://localhost:1/sparql> { ?s ?p ?o } }"
            + " | | 400 | invalid-sparql | SERVICE is disabled here",
        "json query form      | GET  | JSON { \"s\": ?s } WHERE { ?s ?p ?o } | | 400"
            + " | invalid-sparql | Only SELECT, ASK, CONSTRUCT and DESCRIBE",
      })
  void bad_requests_are_clear_problems(
      String name,
      String how,
      String query,
      String accept,
      int status,
      String type,
      String detail) {
    HttpRequest.Builder request;
    if (how.equals("GET")) {
      request =
          HttpRequest.newBuilder(
              URI.create(endpoint + (query == null ? "" : "?query=" + encode(query))));
    } else if (how.equals("FORM")) {
      request =
          HttpRequest.newBuilder(URI.create(endpoint))
              .header("Content-Type", WebContent.contentTypeHTMLForm)
              .POST(HttpRequest.BodyPublishers.ofString(query));
    } else {
      request =
          HttpRequest.newBuilder(URI.create(endpoint))
              .header("Content-Type", how)
              .POST(HttpRequest.BodyPublishers.ofString(query));
    }
    if (accept != null) {
      request.header("Accept", accept);
    }
    long applied = server.lineageGraph().appliedSequence();

    HttpResponse<String> response = server.send(request.build());

    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    JsonNode problem = server.tree(response.body());
    assertThat(problem.path("type").asText()).endsWith("/" + type);
    assertThat(problem.path("detail").asText()).contains(detail);
    assertThat(server.lineageGraph().appliedSequence()).isEqualTo(applied);
  }

  @Test
  void other_methods_and_dataset_parameters_are_refused() {
    HttpResponse<String> put =
        server.send(
            HttpRequest.newBuilder(URI.create(endpoint))
                .PUT(HttpRequest.BodyPublishers.ofString("<a> <b> <c> ."))
                .build());
    HttpResponse<String> graphUri =
        get("?query=" + encode(DERIVED) + "&default-graph-uri=" + encode(iri("orders")), null);

    assertThat(put.statusCode()).isEqualTo(405);
    assertThat(graphUri.statusCode()).isEqualTo(400);
    assertThat(server.tree(graphUri.body()).path("detail").asText())
        .isEqualTo(
            "Query parameter 'default-graph-uri' is not supported: queries run over the union of"
                + " the asset graphs; use GRAPH in the query to choose one");
  }

  static String encode(String text) {
    return URLEncoder.encode(text, UTF_8);
  }

  static HttpResponse<String> get(String query, String accept) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(endpoint + query));
    if (accept != null) {
      request.header("Accept", accept);
    }
    return server.send(request.build());
  }
}
