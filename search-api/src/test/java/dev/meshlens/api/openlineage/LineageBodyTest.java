package dev.meshlens.api.openlineage;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meshlens.api.ingest.PushServer;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How {@code POST /api/v1/lineage} reads bodies: encodings, media types, limits. */
class LineageBodyTest {
  static final String PATH = "/api/v1/lineage";
  static final long LIMIT = 8 * 1024;

  @TempDir static Path dir;
  static PushServer server;

  @BeforeAll
  static void start() {
    server = PushServer.start(dir, LIMIT);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static String event(String runId) {
    return new RunEventJson("START", runId, "ns", "job", Instant.parse("2026-01-01T00:00:00Z"))
        .json();
  }

  static JsonNode problem(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    JsonNode problem = server.tree(response.body());
    assertThat(problem.path("status").asInt()).isEqualTo(status);
    return problem;
  }

  @Test
  void a_gzip_body_is_accepted() {
    assertThat(server.postGzip(PATH, event("gzip-run")).statusCode()).isEqualTo(201);
    assertThat(server.store().findRun("gzip-run")).isPresent();
  }

  @Test
  void a_body_that_is_not_json_is_a_400_saying_where() {
    assertThat(problem(server.post(PATH, "{\"eventType\": START}"), 400).path("detail").asText())
        .startsWith(
            "The body is not well-formed JSON: line 1, column 15: Unrecognized token 'START'");
  }

  @Test
  void an_empty_body_is_a_400() {
    assertThat(problem(server.post(PATH, ""), 400).path("detail").asText())
        .isEqualTo("The body is empty; expected one OpenLineage event");
  }

  @Test
  void a_json_array_is_a_400() {
    assertThat(problem(server.post(PATH, "[" + event("a") + "]"), 400).path("detail").asText())
        .isEqualTo("Expected one OpenLineage event (a JSON object); got a JSON array");
  }

  @Test
  void a_wrong_or_missing_content_type_is_a_415() {
    byte[] body = event("typed").getBytes(UTF_8);
    assertThat(problem(server.post(PATH, "text/plain", body), 415).path("detail").asText())
        .isEqualTo("Content-Type must be application/json; got 'text/plain'");
    assertThat(problem(server.post(PATH, null, body), 415).path("detail").asText())
        .contains("no Content-Type");
    assertThat(
            problem(server.post(PATH, "application/json; charset=ISO-8859-1", body), 415)
                .path("detail")
                .asText())
        .contains("UTF-8");
    assertThat(server.store().findRun("typed")).isEmpty();
  }

  @Test
  void an_unknown_content_encoding_is_a_415_and_broken_gzip_a_400() {
    byte[] body = event("encoded").getBytes(UTF_8);
    assertThat(
            problem(
                    server.send(
                        server
                            .request(PATH, PushServer.JSON, body)
                            .header("Content-Encoding", "br")
                            .build()),
                    415)
                .path("detail")
                .asText())
        .contains("'br' is not supported");
    assertThat(
            problem(
                    server.send(
                        server
                            .request(PATH, PushServer.JSON, body)
                            .header("Content-Encoding", "gzip")
                            .build()),
                    400)
                .path("detail")
                .asText())
        .contains("not valid gzip");
  }

  @Test
  void a_body_over_the_limit_is_a_413_as_sent_or_once_decompressed() {
    String big = "{\"pad\": \"" + "x".repeat((int) LIMIT) + "\"}";
    assertThat(problem(server.post(PATH, big), 413).path("detail").asText())
        .contains("at most 8,192 bytes");
    assertThat(PushServer.gzip(big.getBytes(UTF_8))).hasSizeLessThan((int) LIMIT);
    assertThat(problem(server.postGzip(PATH, big), 413).path("detail").asText())
        .startsWith("Once decompressed");
  }
}
