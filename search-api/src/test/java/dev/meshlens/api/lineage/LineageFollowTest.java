package dev.meshlens.api.lineage;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.meshlens.api.ServerConfig;
import dev.meshlens.api.ingest.PushServer;
import dev.meshlens.catalog.Batch;
import dev.meshlens.catalog.CatalogStore;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.model.JobLineage;
import dev.meshlens.catalog.sqlite.SqliteCatalogStore;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lineage endpoints follow the catalog: a pushed event, a commit of another process, a restart;
 * and a hub answers partially, with the counts of what it left out.
 */
class LineageFollowTest {
  static final String NS = "hub";
  static final Urn SOURCE = Urn.dataset(NS, "events.raw");

  @TempDir Path dir;
  PushServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  ServerConfig config() {
    return ServerConfig.defaults().withPort(0).withDataDir(dir).withSampleMesh(false);
  }

  /** A COMPLETE run event of {@code job} reading {@code inputs} and writing {@code outputs}. */
  static String event(String job, List<String> inputs, List<String> outputs) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    ObjectNode event = nodes.objectNode();
    event.put("eventType", "COMPLETE");
    event.put("eventTime", "2026-11-20T03:00:00Z");
    event.put("producer", "https://meshlens.dev/tests");
    event.put("schemaURL", "https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent");
    event.putObject("run").put("runId", UUID.randomUUID().toString());
    event.putObject("job").put("namespace", "pipelines").put("name", job);
    ArrayNode in = event.putArray("inputs");
    inputs.forEach(name -> in.addObject().put("namespace", NS).put("name", name));
    ArrayNode out = event.putArray("outputs");
    outputs.forEach(name -> out.addObject().put("namespace", NS).put("name", name));
    return event.toString();
  }

  static List<String> tables(int n) {
    return java.util.stream.IntStream.range(0, n).mapToObj(i -> "events.t" + i).toList();
  }

  String downstream(Urn urn, String more) {
    return "/api/v1/lineage?urn="
        + URLEncoder.encode(urn.toString(), UTF_8)
        + "&direction=downstream"
        + more;
  }

  JsonNode ok(String pathAndQuery) {
    HttpResponse<String> response = server.get(pathAndQuery);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return server.tree(response.body());
  }

  @Test
  void a_hub_answers_the_nearest_2000_nodes_within_a_second_and_counts_the_501_left_out() {
    server = PushServer.start(config());
    assertThat(
            server
                .post("/api/v1/lineage", event("fan_out", List.of("events.raw"), tables(2500)))
                .statusCode())
        .isEqualTo(201);
    server.lineageGraph().catchUp();

    long started = System.nanoTime();
    JsonNode answer = ok(downstream(SOURCE, ""));
    Duration took = Duration.ofNanos(System.nanoTime() - started);

    assertThat(answer.path("nodes")).hasSize(2000);
    assertThat(answer.path("truncated").asBoolean()).isTrue();
    assertThat(answer.path("limits").path("nodesOverCap").asLong())
        .as("the source and its 2,500 outputs, 2,000 answered")
        .isEqualTo(501);
    assertThat(answer.path("limits").path("countsExact").asBoolean()).isTrue();
    assertThat(answer.path("limits").path("timedOut").asBoolean()).isFalse();
    assertThat(answer.path("edges")).as("an edge into every answered output").hasSize(1999);
    assertThat(took).isLessThan(Duration.ofSeconds(1));
    JsonNode all = ok(downstream(SOURCE, "&nodeCap=10000"));
    assertThat(all.path("nodes")).hasSize(2501);
    assertThat(all.path("truncated").asBoolean()).isFalse();
  }

  @Test
  void the_configured_node_cap_is_the_default_one() {
    server = PushServer.start(config().withLineage(config().lineage().withNodeCap(100)));
    server.post("/api/v1/lineage", event("fan_out", List.of("events.raw"), tables(150)));
    server.lineageGraph().catchUp();

    JsonNode answer = ok(downstream(SOURCE, ""));

    assertThat(answer.path("nodes")).hasSize(100);
    assertThat(answer.path("limits").path("nodeCap").asInt()).isEqualTo(100);
    assertThat(answer.path("limits").path("nodesOverCap").asLong()).isEqualTo(51);
  }

  @Test
  void a_pushed_event_shows_in_lineage_within_a_second() {
    server = PushServer.start(config());
    server.post("/api/v1/lineage", event("load", List.of("events.raw"), List.of("events.clean")));
    server.lineageGraph().catchUp();

    HttpResponse<String> pushed =
        server.post(
            "/api/v1/lineage", event("publish", List.of("events.clean"), List.of("events.mart")));
    long committed = System.nanoTime();
    assertThat(pushed.statusCode()).isEqualTo(201);

    poll(downstream(SOURCE, ""), n -> n.path("nodes").size() == 3, Duration.ofSeconds(5));
    assertThat(Duration.ofNanos(System.nanoTime() - committed)).isLessThan(Duration.ofSeconds(1));
  }

  @Test
  void a_commit_of_another_process_shows_after_a_poll_and_a_restart_catches_up() {
    server = PushServer.start(config());
    Urn clean = Urn.dataset(NS, "events.clean");
    try (CatalogStore other = SqliteCatalogStore.open(config().catalogFile())) {
      other.apply(
          Batch.builder("test:other-process")
              .upsert(
                  Urn.job("pipelines", "load"),
                  new JobLineage(List.of(SOURCE), List.of(clean), List.of()))
              .build());
    }
    long committed = System.nanoTime();
    poll(downstream(SOURCE, ""), n -> n.path("nodes").size() == 2, Duration.ofSeconds(10));
    assertThat(Duration.ofNanos(System.nanoTime() - committed))
        .as("the server looks for other writers every %s", CatalogLineage.POLL)
        .isLessThan(CatalogLineage.POLL.multipliedBy(2));

    server.close();
    try (CatalogStore other = SqliteCatalogStore.open(config().catalogFile())) {
      other.apply(
          Batch.builder("test:other-process")
              .upsert(
                  Urn.job("pipelines", "publish"),
                  new JobLineage(
                      List.of(clean), List.of(Urn.dataset(NS, "events.mart")), List.of()))
              .build());
    }
    server = PushServer.start(config());

    assertThat(ok(downstream(SOURCE, "")).path("nodes"))
        .as("what was written while the server was down is answered at once after the restart")
        .hasSize(3);
  }

  /** Asks every 20 ms until {@code seen} holds; fails after {@code limit}. */
  JsonNode poll(String pathAndQuery, Predicate<JsonNode> seen, Duration limit) {
    long deadline = System.nanoTime() + limit.toNanos();
    while (true) {
      HttpResponse<String> response = server.get(pathAndQuery);
      JsonNode answer = server.tree(response.body());
      if (response.statusCode() == 200 && seen.test(answer)) {
        return answer;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Not seen within " + limit + ": " + response.body());
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}
