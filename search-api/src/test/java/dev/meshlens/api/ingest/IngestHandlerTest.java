package dev.meshlens.api.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meshlens.catalog.Batch;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.json.BatchParser;
import dev.meshlens.catalog.model.DatasetInfo;
import dev.meshlens.catalog.model.Field;
import dev.meshlens.catalog.model.Schema;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code POST /api/v1/ingest} over real HTTP. */
class IngestHandlerTest {
  static final Urn ORDERS = Urn.dataset("snowflake://acme", "analytics.sales.orders");

  @TempDir static Path dir;
  static PushServer server;

  @BeforeAll
  static void start() {
    server = PushServer.start(dir);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static String batch(String source) {
    return new BatchParser()
        .toJson(
            Batch.builder(source)
                .upsert(
                    ORDERS,
                    new DatasetInfo(
                        "Orders", "One row per order", "snowflake", "table", null, 10L, Map.of()))
                .upsert(ORDERS, Schema.of(List.of(Field.of("order_id", "NUMBER"))))
                .build());
  }

  @Test
  void a_valid_batch_is_201_with_the_counts_and_is_in_the_catalog() {
    HttpResponse<String> response = server.post("/api/v1/ingest", batch("airflow:prod"));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    JsonNode counts = server.tree(response.body());
    assertThat(counts.path("written").asInt()).isEqualTo(2);
    assertThat(counts.path("unchanged").asInt()).isZero();
    assertThat(counts.path("lastSequence").asLong())
        .isEqualTo(counts.path("firstSequence").asLong() + 1);
    assertThat(server.asset(ORDERS).path("sources").findValuesAsText("source"))
        .contains("airflow:prod");

    JsonNode again = server.tree(server.post("/api/v1/ingest", batch("airflow:prod")).body());
    assertThat(again.path("written").asInt()).as("the same batch again writes nothing").isZero();
    assertThat(again.path("unchanged").asInt()).isEqualTo(2);
  }

  @Test
  void a_gzip_batch_is_accepted() {
    assertThat(server.postGzip("/api/v1/ingest", batch("dagster:zipped")).statusCode())
        .isEqualTo(201);
  }

  @Test
  void a_malformed_batch_is_a_400_naming_each_path_and_applies_nothing() {
    long before = server.store().lastSequence();
    String malformed =
        "{\"source\": \"airflow:prod\", \"upserts\": ["
            + "{\"urn\": \"urn:meshlens:dataset:(a,b)\", \"aspect\": \"schema\","
            + " \"value\": {\"fields\": [{\"type\": \"INT\"}]}},"
            + "{\"urn\": \"urn:meshlens:table:(a,b)\", \"aspect\": \"schema\", \"value\": {}},"
            + "{\"urn\": \"urn:meshlens:dataset:(a,c)\", \"aspect\": \"colour\", \"value\": {}}]}";

    HttpResponse<String> response = server.post("/api/v1/ingest", malformed);

    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode problem = server.tree(response.body());
    assertThat(problem.path("errors").findValuesAsText("pointer"))
        .containsExactly("upserts[0].value.fields[0]", "upserts[1].urn", "upserts[2].aspect");
    assertThat(server.store().lastSequence()).isEqualTo(before);
  }

  @Test
  void a_batch_without_a_source_is_a_400() {
    HttpResponse<String> response = server.post("/api/v1/ingest", "{\"upserts\": []}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(server.tree(response.body()).path("errors").findValuesAsText("pointer"))
        .containsExactly("source");
  }

  @ParameterizedTest
  @ValueSource(strings = {"user:ana@acme.example", "User:bob", "user", "openlineage:push"})
  void a_source_reserved_for_people_or_another_endpoint_is_refused(String source) {
    long before = server.store().lastSequence();

    HttpResponse<String> response = server.post("/api/v1/ingest", batch(source));

    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode error = server.tree(response.body()).path("errors").get(0);
    assertThat(error.path("pointer").asText()).isEqualTo("source");
    assertThat(error.path("message").asText()).contains(source);
    assertThat(server.store().lastSequence()).isEqualTo(before);
  }

  @Test
  void a_body_that_is_not_json_is_a_400() {
    HttpResponse<String> response = server.post("/api/v1/ingest", "source=airflow");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(server.tree(response.body()).path("detail").asText()).contains("not valid JSON");
  }
}
