package dev.meshlens.api.openlineage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meshlens.api.ingest.PushServer;
import dev.meshlens.catalog.AssetQuery;
import dev.meshlens.catalog.EntityType;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.model.DatasetInfo;
import dev.meshlens.catalog.model.JobLineage;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The real events of the shared material, pushed over HTTP one by one. */
class MaterialEventsTest {
  /** The complete events that break the 2-0-2 schemas, as the material's SOURCE.txt says. */
  static final Set<String> SCHEMA_INVALID =
      Set.of(
          "marquez-api-test__event_full.json",
          "openlineage-fluentd__event_full.json",
          "marquez-api-test__event_without_schema_url.json");

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

  static Stream<Path> completeEvents() throws IOException {
    return jsonFiles("openlineage-events/complete");
  }

  static Stream<Path> invalidEvents() throws IOException {
    return jsonFiles("openlineage-events/invalid");
  }

  private static Stream<Path> jsonFiles(String folder) throws IOException {
    try (Stream<Path> files = Files.list(Material.path(folder))) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("completeEvents")
  void a_schema_valid_complete_event_is_201_and_an_invalid_one_400(Path file) throws IOException {
    boolean valid = !SCHEMA_INVALID.contains(file.getFileName().toString());
    if (valid) {
      HttpResponse<String> response = server.post("/api/v1/lineage", Files.readString(file));
      assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
      assertThat(response.body()).as("Marquez answers 201 with no body").isEmpty();
    } else {
      assertRejectedWithoutChange(file);
    }
  }

  @ParameterizedTest
  @MethodSource("invalidEvents")
  void an_invalid_event_is_a_400_naming_each_problem_and_changes_nothing(Path file)
      throws IOException {
    assertRejectedWithoutChange(file);
  }

  private static void assertRejectedWithoutChange(Path file) throws IOException {
    String event = Files.readString(file, StandardCharsets.UTF_8);
    long sequence = server.store().lastSequence();
    long assets = server.store().listAssets(new AssetQuery(null, null, 1, 1, true)).total();
    String runId = server.tree(event).path("run").path("runId").asText(null);
    Object run = runId == null ? null : server.store().findRun(runId);

    HttpResponse<String> response = server.post("/api/v1/lineage", event);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    JsonNode problem = server.tree(response.body());
    assertThat(problem.path("status").asInt()).isEqualTo(400);
    assertThat(problem.path("errors")).isNotEmpty();
    assertThat(problem.path("errors").findValuesAsText("pointer"))
        .as("JSON pointers into the event")
        .allMatch(p -> p.isEmpty() || p.startsWith("/"));
    assertThat(problem.path("errors").findValuesAsText("message")).allMatch(m -> !m.isBlank());
    assertThat(server.store().lastSequence()).isEqualTo(sequence);
    assertThat(server.store().listAssets(new AssetQuery(null, null, 1, 1, true)).total())
        .isEqualTo(assets);
    if (runId != null) {
      assertThat(server.store().findRun(runId)).as("nor the run's facts").isEqualTo(run);
    }
  }

  @Test
  void the_26_food_delivery_events_give_13_jobs_with_their_lineage(@TempDir Path own)
      throws IOException {
    JsonNode events =
        server.tree(
            Files.readString(
                Material.path(
                    "openlineage-events/marquez-food-delivery-seed/metadata.filled.DERIVED.json")));
    assertThat(events).hasSize(26);
    try (PushServer fresh = PushServer.start(own)) {
      for (JsonNode event : events) {
        assertThat(fresh.post("/api/v1/lineage", event.toString()).statusCode()).isEqualTo(201);
      }

      assertThat(
              fresh.store().listAssets(new AssetQuery(EntityType.JOB, null, 1, 100, false)).total())
          .isEqualTo(13);
      assertThat(
              fresh
                  .store()
                  .listAssets(new AssetQuery(EntityType.DATASET, null, 1, 100, false))
                  .total())
          .isEqualTo(13);
      Urn job = Urn.job("food_delivery", "etl_delivery_7_days");
      JobLineage lineage = fresh.store().loadAsset(job).aspect(JobLineage.class).orElseThrow();
      assertThat(lineage.inputs())
          .containsExactly(
              table("orders_7_days"),
              table("customers"),
              table("order_status"),
              table("drivers"),
              table("restaurants"),
              table("menu_item_id"));
      assertThat(lineage.outputs()).containsExactly(table("delivery_7_days"));
      assertThat(lineage.columns()).isNotEmpty();
      JsonNode asset = fresh.asset(job);
      assertThat(asset.path("aspects").path("jobLineage").path("outputs").get(0).asText())
          .isEqualTo(table("delivery_7_days").toString());
      assertThat(
              fresh
                  .store()
                  .loadAsset(table("menus"))
                  .aspect(DatasetInfo.class)
                  .orElseThrow()
                  .description())
          .as("later events naming menus without facets keep its description")
          .isEqualTo("A table for menus.");
      assertThat(fresh.store().runsOfJob(job, 10))
          .singleElement()
          .satisfies(run -> assertThat(run.state().terminal()).isTrue());
      assertThat(fresh.store().countUsage(table("customers"), Instant.EPOCH, Instant.now()))
          .as("read by three jobs, one run each")
          .isEqualTo(3);
    }
  }

  private static Urn table(String name) {
    return Urn.dataset("food_delivery", "public." + name);
  }
}
