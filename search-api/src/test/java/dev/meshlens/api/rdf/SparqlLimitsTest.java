package dev.meshlens.api.rdf;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meshlens.api.LineageConfig;
import dev.meshlens.api.ServerConfig;
import dev.meshlens.api.TestAuth;
import dev.meshlens.api.ingest.PushServer;
import dev.meshlens.api.lineage.FoodDeliverySeed;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.WebContent;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The configured timeout and result cap of {@code /sparql}: 300 ms and 5 results here. */
class SparqlLimitsTest {
  static final Duration TIMEOUT = Duration.ofMillis(300);
  static final int CAP = 5;

  @TempDir static Path dir;
  static PushServer server;

  @BeforeAll
  static void start() {
    server =
        PushServer.start(
            ServerConfig.defaults()
                .withPort(0)
                .withDataDir(dir)
                .withSampleMesh(false)
                .withLineage(
                    LineageConfig.defaults().withSparqlTimeout(TIMEOUT).withSparqlResultCap(CAP)));
    FoodDeliverySeed.push(server);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static HttpResponse<String> query(String query, String accept) {
    return server.send(
        HttpRequest.newBuilder(
                URI.create(server.url() + "/sparql?query=" + URLEncoder.encode(query, UTF_8)))
            .header("Accept", accept)
            .build());
  }

  @Test
  void a_query_past_the_timeout_is_stopped_with_a_503_problem_that_says_so() {
    long started = System.nanoTime();
    HttpResponse<String> response =
        query(
            "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }",
            WebContent.contentTypeResultsJSON);
    Duration took = Duration.ofNanos(System.nanoTime() - started);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
    JsonNode problem = server.tree(response.body());
    assertThat(problem.path("type").asText()).endsWith("/sparql-timeout");
    assertThat(problem.path("detail").asText())
        .isEqualTo(
            "The query ran past the 300 ms limit (sparqlTimeout) and was stopped; narrow it or"
                + " add a LIMIT");
    assertThat(took).as("stopped at the timeout, not hanging").isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void a_select_past_the_cap_answers_the_first_rows_and_says_it_was_cut() {
    HttpResponse<String> capped = query("SELECT * { ?s ?p ?o }", WebContent.contentTypeResultsJSON);
    HttpResponse<String> limited =
        query("SELECT * { ?s ?p ?o } LIMIT 3", WebContent.contentTypeResultsJSON);

    assertThat(capped.statusCode()).isEqualTo(200);
    assertThat(server.tree(capped.body()).path("results").path("bindings")).hasSize(CAP);
    assertThat(capped.headers().firstValue(SparqlHandler.TRUNCATED)).hasValue("true");
    assertThat(capped.headers().firstValue(SparqlHandler.CAP)).hasValue("5");
    assertThat(server.tree(limited.body()).path("results").path("bindings")).hasSize(3);
    assertThat(limited.headers().firstValue(SparqlHandler.TRUNCATED)).isEmpty();
  }

  @Test
  void a_construct_past_the_cap_answers_that_many_triples_and_says_so() {
    HttpResponse<String> capped =
        query("CONSTRUCT WHERE { ?s ?p ?o }", WebContent.contentTypeNTriples);
    Model model;
    try (QueryExecution exec =
        QueryExecutionHTTP.service(server.url() + "/sparql")
            .httpHeader("Authorization", TestAuth.admin(server.meshlens()))
            .query("CONSTRUCT WHERE { ?s ?p ?o }")
            .build()) {
      model = exec.execConstruct();
    }

    assertThat(capped.statusCode()).isEqualTo(200);
    assertThat(capped.body().lines()).hasSize(CAP);
    assertThat(capped.headers().firstValue(SparqlHandler.TRUNCATED)).hasValue("true");
    assertThat(model.size()).isEqualTo(CAP);
  }
}
