package dev.meshlens.api.source;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.meshlens.api.Meshlens;
import dev.meshlens.api.ServerConfig;
import dev.meshlens.api.ShopDatabase;
import dev.meshlens.api.TestAuth;
import dev.meshlens.indexer.crawl.SourceReaders;
import dev.meshlens.indexer.crawl.jdbc.JdbcReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sources endpoints of a real server over a real sources file, through a real client. */
class SourceHandlerTest {
  static final String SOURCES =
      "sources:\n"
          + ShopDatabase.source("shop", "shop.sqlite", "0 3 * * *")
          + """
            - name: warehouse
              type: jdbc
              location: "jdbc:postgresql://wh-db:5432/wh?user=reader&password=s3cret"
              options: {namespace: "postgres://wh-db:5432", password: hunter2}
            - name: held
              type: held
              location: here
          """;

  @TempDir Path dir;
  final HeldReader held = new HeldReader();
  final HttpClient http = HttpClient.newHttpClient();
  final ObjectMapper json = new ObjectMapper();
  Path sourcesFile;
  Meshlens meshlens;

  @BeforeEach
  void start() throws Exception {
    ShopDatabase.create(dir);
    sourcesFile = dir.resolve("sources.yaml");
    Files.writeString(sourcesFile, SOURCES, UTF_8);
    meshlens =
        Meshlens.start(
            ServerConfig.defaults()
                .withPort(0)
                .withDataDir(dir.resolve("data"))
                .withSources(sourcesFile),
            new SourceReaders(List.of(new JdbcReader(), held)));
  }

  @AfterEach
  void stop() {
    held.letGo();
    meshlens.close();
  }

  HttpResponse<String> send(String method, String path) throws Exception {
    return http.send(
        TestAuth.authorized(
            HttpRequest.newBuilder(URI.create("http://localhost:" + meshlens.port() + path))
                .method(method, HttpRequest.BodyPublishers.noBody())
                .build(),
            meshlens),
        HttpResponse.BodyHandlers.ofString());
  }

  JsonNode get(String path) throws Exception {
    HttpResponse<String> response = send("GET", path);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json.readTree(response.body());
  }

  JsonNode source(String name) throws Exception {
    for (JsonNode item : get("/api/v1/sources").path("items")) {
      if (item.path("name").asText().equals(name)) {
        return item;
      }
    }
    throw new AssertionError("No source " + name);
  }

  /** Waits until the newest run of {@code name} has finished, and returns its runs. */
  JsonNode awaitFinished(String name) throws Exception {
    return awaitFinished(name, 1);
  }

  /** The runs of a source once at least {@code runs} are recorded and none is running. */
  JsonNode awaitFinished(String name, int runs) throws Exception {
    long deadline = System.nanoTime() + 20_000_000_000L;
    while (System.nanoTime() < deadline) {
      JsonNode listed = get("/api/v1/sources/" + name + "/runs");
      String status = listed.path("items").path(0).path("status").asText("RUNNING");
      if (listed.path("items").size() >= runs
          && !status.equals("RUNNING")
          && !source(name).path("running").asBoolean()) {
        return listed;
      }
      Thread.sleep(20);
    }
    throw new AssertionError("The run of " + name + " never finished");
  }

  @Test
  void sources_show_their_schedule_next_run_and_state_with_secrets_masked() throws Exception {
    HttpResponse<String> response = send("GET", "/api/v1/sources");
    JsonNode sources = json.readTree(response.body());

    assertThat(sources.path("total").asInt()).isEqualTo(3);
    assertThat(sources.path("items").findValuesAsText("name"))
        .containsExactly("shop", "warehouse", "held");
    assertThat(sources.has("configError")).isTrue();
    assertThat(sources.path("configError").isNull()).isTrue();
    JsonNode shop = sources.path("items").path(0);
    assertThat(shop.path("type").asText()).isEqualTo("jdbc");
    assertThat(shop.path("location").asText())
        .isEqualTo("jdbc:sqlite:" + dir.resolve("shop.sqlite"));
    assertThat(shop.path("schedule").asText()).isEqualTo("0 3 * * *");
    assertThat(Instant.parse(shop.path("nextRunAt").asText()))
        .as("03:00 in the server's time zone, within a day")
        .isBetween(Instant.now(), Instant.now().plus(Duration.ofHours(25)));
    assertThat(shop.path("running").asBoolean()).isFalse();
    assertThat(shop.path("lastRun").isNull()).as("never ran").isTrue();
    JsonNode warehouse = sources.path("items").path(1);
    assertThat(warehouse.path("location").asText())
        .isEqualTo("jdbc:postgresql://wh-db:5432/wh?user=reader&password=****");
    assertThat(warehouse.path("options").path("password").asText()).isEqualTo("****");
    assertThat(warehouse.path("nextRunAt").isNull()).as("runs only on request").isTrue();
    assertThat(response.body()).doesNotContain("s3cret").doesNotContain("hunter2");
  }

  @Test
  void running_a_source_now_answers_202_and_the_run_shows_in_its_history() throws Exception {
    HttpResponse<String> accepted = send("POST", "/api/v1/sources/shop/runs");

    assertThat(accepted.statusCode()).isEqualTo(202);
    assertThat(accepted.headers().firstValue("Location")).contains("/api/v1/sources/shop/runs");
    JsonNode request = json.readTree(accepted.body());
    assertThat(request.path("source").asText()).isEqualTo("shop");
    assertThat(request.path("trigger").asText()).isEqualTo("manual");
    assertThat(request.path("state").asText()).isIn("queued", "running");
    JsonNode run = awaitFinished("shop").path("items").path(0);
    assertThat(run.path("status").asText()).isEqualTo("SUCCEEDED");
    assertThat(run.path("source").asText()).isEqualTo("jdbc:shop");
    assertThat(run.path("trigger").asText()).isEqualTo("manual");
    assertThat(run.path("counts").path("added").asInt()).isEqualTo(1);
    assertThat(run.path("warnings").isArray()).isTrue();
    JsonNode last = source("shop").path("lastRun");
    assertThat(last.path("id").asLong()).isEqualTo(run.path("id").asLong());
    assertThat(last.path("status").asText()).isEqualTo("SUCCEEDED");
    assertThat(last.path("endedAt").asText()).isNotEmpty();
    assertThat(last.has("warnings"))
        .as("the list shows counts, the history the warnings")
        .isFalse();
  }

  @Test
  void running_a_source_that_is_running_already_is_a_409_problem() throws Exception {
    held.hold();
    assertThat(send("POST", "/api/v1/sources/held/runs").statusCode()).isEqualTo(202);
    held.awaitEntered();

    HttpResponse<String> again = send("POST", "/api/v1/sources/held/runs");

    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    JsonNode problem = json.readTree(again.body());
    assertThat(problem.path("type").asText()).endsWith("/crawl-already-running");
    assertThat(problem.path("status").asInt()).isEqualTo(409);
    assertThat(problem.path("detail").asText())
        .startsWith("Source 'held' already has a manual run running");
    assertThat(source("held").path("running").asBoolean()).isTrue();
    held.letGo();
    assertThat(awaitFinished("held").path("items")).hasSize(1);
  }

  @Test
  void runs_are_listed_newest_first_with_their_warnings() throws Exception {
    send("POST", "/api/v1/sources/held/runs");
    awaitFinished("held");
    send("POST", "/api/v1/sources/held/runs");
    JsonNode all = awaitFinished("held", 2);

    JsonNode newest = get("/api/v1/sources/held/runs?limit=1");

    assertThat(all.path("total").asInt()).isEqualTo(2);
    assertThat(all.path("more").asBoolean()).isFalse();
    assertThat(all.path("items").path(0).path("id").asLong())
        .isGreaterThan(all.path("items").path(1).path("id").asLong());
    assertThat(newest.path("total").asInt()).isEqualTo(1);
    assertThat(newest.path("more").asBoolean()).isTrue();
    JsonNode run = newest.path("items").path(0);
    assertThat(run.path("id").asLong()).isEqualTo(all.path("items").path(0).path("id").asLong());
    assertThat(run.path("status").asText()).isEqualTo("PARTIAL");
    assertThat(run.path("warningCount").asInt()).isEqualTo(1);
    JsonNode warning = run.path("warnings").path(0);
    assertThat(warning.path("file").asText()).isEqualTo("held.yaml");
    assertThat(warning.path("path").asText()).isEqualTo("/items/0");
    assertThat(warning.path("reason").asText()).isEqualTo("held for a test");
  }

  @Test
  void an_unknown_source_is_a_404_problem_naming_the_known_ones() throws Exception {
    for (HttpResponse<String> response :
        List.of(
            send("POST", "/api/v1/sources/nope/runs"), send("GET", "/api/v1/sources/nope/runs"))) {
      assertThat(response.statusCode()).isEqualTo(404);
      JsonNode problem = json.readTree(response.body());
      assertThat(problem.path("type").asText()).endsWith("/source-not-found");
      assertThat(problem.path("detail").asText())
          .isEqualTo("No source 'nope' in the sources file (known: shop, warehouse, held)");
    }
  }

  @Test
  void a_limit_out_of_range_is_a_400_problem() throws Exception {
    HttpResponse<String> response = send("GET", "/api/v1/sources/shop/runs?limit=0");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json.readTree(response.body()).path("detail").asText())
        .isEqualTo("Query parameter 'limit' must be in [1, 200], got 0");
  }

  @Test
  void a_sources_file_turned_invalid_keeps_the_last_good_one_and_the_error_shows()
      throws Exception {
    Files.writeString(sourcesFile, SOURCES.replace("0 3 * * *", "0 3 * *"), UTF_8);

    long deadline = System.nanoTime() + 20_000_000_000L;
    JsonNode sources = get("/api/v1/sources");
    while (sources.path("configError").isNull() && System.nanoTime() < deadline) {
      Thread.sleep(50);
      sources = get("/api/v1/sources");
    }

    assertThat(sources.path("configError").asText())
        .contains("sources[0]: source 'shop': invalid schedule '0 3 * *'");
    assertThat(sources.path("total").asInt()).isEqualTo(3);
    assertThat(sources.path("items").path(0).path("schedule").asText()).isEqualTo("0 3 * * *");
  }
}
