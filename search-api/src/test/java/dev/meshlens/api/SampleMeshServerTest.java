package dev.meshlens.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.meshlens.catalog.Urn;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default start: the scheduler crawls the sample mesh's sources in the background while /health
 * says so, and the sources endpoint shows the runs.
 */
class SampleMeshServerTest {
  @TempDir Path dir;
  final HttpClient http = HttpClient.newHttpClient();
  final ObjectMapper json = new ObjectMapper();

  @Test
  void the_server_loads_the_sample_mesh_on_first_start_and_reports_readiness() throws Exception {
    List<JsonNode> starting = new ArrayList<>();
    JsonNode ready;
    JsonNode sources;
    try (Meshlens meshlens = Meshlens.start(ServerConfig.defaults().withPort(0).withDataDir(dir))) {
      String base = "http://localhost:" + meshlens.port();
      long deadline = System.nanoTime() + 60_000_000_000L;
      HttpResponse<String> health;
      while ((health = get(base + "/health")).statusCode() == 503 && System.nanoTime() < deadline) {
        starting.add(json.readTree(health.body()));
        Thread.sleep(100);
      }
      assertThat(health.statusCode()).isEqualTo(200);
      ready = json.readTree(health.body());

      Urn orders = Urn.dataset("postgres://sales-db.acme.internal:5432", "orders.public.orders");
      // orders holds confidential columns: anonymous visitors do not see it, an admin does
      String ordersPath = base + "/api/v1/assets/" + orders.toPathSegment();
      assertThat(get(ordersPath).statusCode()).isEqualTo(404);
      JsonNode asset =
          json.readTree(
              http.send(
                      HttpRequest.newBuilder(URI.create(ordersPath))
                          .header("Authorization", TestAuth.admin(meshlens))
                          .build(),
                      HttpResponse.BodyHandlers.ofString())
                  .body());
      assertThat(asset.path("domain").asText()).isEqualTo("urn:meshlens:domain:sales");
      assertThat(asset.path("aspects").path("schema").path("fields").size()).isGreaterThan(3);
      assertThat(asset.path("sources").findValuesAsText("source"))
          .contains("jdbc:sales-orders", "odps:product-descriptors");
      JsonNode products = json.readTree(get(base + "/api/v1/assets?type=product").body());
      assertThat(products.path("total").asInt()).isGreaterThanOrEqualTo(24);
      sources = json.readTree(get(base + "/api/v1/sources").body());
    }
    assertThat(sources.path("total").asInt()).isEqualTo(40);
    assertThat(sources.path("configError").isNull()).isTrue();
    assertThat(sources.path("items"))
        .as("every source of the sample mesh ran once at startup and is scheduled")
        .allSatisfy(s -> {
          assertThat(s.path("lastRun").path("trigger").asText()).isEqualTo("startup");
          assertThat(s.path("lastRun").path("status").asText()).isEqualTo("SUCCEEDED");
          assertThat(s.path("nextRunAt").asText()).isNotEmpty();
          assertThat(s.path("running").asBoolean()).isFalse();
        });
    assertThat(starting)
        .as("while loading, /health answers 503 with its own body, not a generic error")
        .allSatisfy(h -> {
          assertThat(h.path("status").asText()).isEqualTo("STARTING");
          assertThat(h.path("startup").path("task").asText()).isEqualTo("sample-mesh");
        });
    assertThat(ready.path("startup").path("detail").asText()).isEqualTo("loaded");
  }

  @Test
  void a_first_load_stopped_half_way_is_finished_by_the_next_start() throws Exception {
    ServerConfig config =
        ServerConfig.defaults().withPort(0).withDataDir(dir).withCrawlParallelism(1);
    try (Meshlens first = Meshlens.start(config)) {
      String base = "http://localhost:" + first.port();
      long deadline = System.nanoTime() + 60_000_000_000L;
      while (get(base + "/api/v1/sources").body().indexOf("\"lastRun\":{") < 0
          && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
    }
    Instant restart = Instant.now();
    long startupRuns;
    long crawledAfterRestart;
    try (Meshlens second = Meshlens.start(config)) {
      String base = "http://localhost:" + second.port();
      long deadline = System.nanoTime() + 60_000_000_000L;
      while (get(base + "/health").statusCode() == 503 && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      JsonNode sources = json.readTree(get(base + "/api/v1/sources").body());
      assertThat(sources.path("items"))
          .allSatisfy(
              s -> assertThat(s.path("lastRun").path("status").asText()).isEqualTo("SUCCEEDED"));
      crawledAfterRestart =
          sources.path("items").findValuesAsText("startedAt").stream()
              .filter(at -> Instant.parse(at).isAfter(restart))
              .count();
      startupRuns = 0;
      for (JsonNode source : sources.path("items")) {
        String runs = base + "/api/v1/sources/" + source.path("name").asText() + "/runs";
        startupRuns += json.readTree(get(runs).body()).path("total").asLong();
      }
    }
    assertThat(crawledAfterRestart).as("the second start crawled what the first left").isPositive();
    assertThat(startupRuns).as("each source ran once over the two starts").isEqualTo(40);
  }

  private HttpResponse<String> get(String url) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
  }
}
