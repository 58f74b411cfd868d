package dev.meshlens.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.meshlens.catalog.Batch;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.model.DatasetInfo;
import dev.meshlens.catalog.model.DomainInfo;
import dev.meshlens.catalog.model.Field;
import dev.meshlens.catalog.model.Membership;
import dev.meshlens.catalog.model.Schema;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerTest {
  static final Urn ORDER_DETAILS =
      Urn.dataset("postgres://sales-db.acme.internal:5432", "sales_orders.public.Order Details");

  @TempDir Path dir;
  Meshlens meshlens;
  final HttpClient http = HttpClient.newHttpClient();
  final ObjectMapper json = new ObjectMapper();

  @BeforeEach
  void start() {
    meshlens =
        Meshlens.start(ServerConfig.defaults().withPort(0).withDataDir(dir).withSampleMesh(false));
    Batch.Builder batch = Batch.builder("jdbc:sales-orders");
    batch.upsert(Urn.domain("sales"), new DomainInfo("Sales", "Selling things"));
    batch.upsert(
        ORDER_DETAILS,
        new DatasetInfo(
            "Order Details", "One row per order line", "postgres", "table", null, 2155L, Map.of()));
    batch.upsert(
        ORDER_DETAILS,
        Schema.of(List.of(Field.of("OrderID", "INTEGER"), Field.of("Quantity", "INTEGER"))));
    batch.upsert(
        ORDER_DETAILS, new Membership(Urn.domain("sales"), Urn.product("sales", "orders")));
    for (int i = 0; i < 30; i++) {
      batch.upsert(
          Urn.dataset("postgres://sales-db.acme.internal:5432", "sales_orders.public.t" + (10 + i)),
          new Membership(Urn.domain("sales"), null));
    }
    meshlens.store().apply(batch.build());
  }

  @AfterEach
  void stop() {
    meshlens.close();
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(
        TestAuth.authorized(
            HttpRequest.newBuilder(URI.create("http://localhost:" + meshlens.port() + path))
                .build(),
            meshlens),
        HttpResponse.BodyHandlers.ofString());
  }

  JsonNode body(HttpResponse<String> response) throws IOException {
    return json.readTree(response.body());
  }

  @Test
  void health_reports_ready_with_the_store_status() throws Exception {
    HttpResponse<String> response = get("/health");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode health = body(response);
    assertThat(health.path("status").asText()).isEqualTo("UP");
    assertThat(health.path("store").path("ok").asBoolean()).isTrue();
    assertThat(health.path("store").path("schemaVersion").asInt()).isEqualTo(7);
    assertThat(health.path("store").path("assets").asLong()).isEqualTo(32);
  }

  @Test
  void an_asset_is_found_by_its_percent_encoded_urn() throws Exception {
    HttpResponse<String> response = get("/api/v1/assets/" + ORDER_DETAILS.toPathSegment());

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode asset = body(response);
    assertThat(asset.path("urn").asText()).isEqualTo(ORDER_DETAILS.toString());
    assertThat(asset.path("type").asText()).isEqualTo("dataset");
    assertThat(asset.path("name").asText()).isEqualTo("Order Details");
    assertThat(asset.path("domain").asText()).isEqualTo("urn:meshlens:domain:sales");
    assertThat(asset.path("aspects").path("schema").path("fields").findValuesAsText("name"))
        .containsExactly("OrderID", "Quantity");
    assertThat(asset.path("sources").findValuesAsText("source")).contains("jdbc:sales-orders");
  }

  @Test
  void an_unknown_urn_is_a_404_problem() throws Exception {
    Urn missing = Urn.dataset("postgres://nowhere:5432", "db.public.ghost");

    HttpResponse<String> response = get("/api/v1/assets/" + missing.toPathSegment());

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    JsonNode problem = body(response);
    assertThat(problem.path("status").asInt()).isEqualTo(404);
    assertThat(problem.path("title").asText()).isEqualTo("Asset not found");
    assertThat(problem.path("detail").asText()).contains(missing.toString());
    assertThat(problem.path("type").asText()).endsWith("/asset-not-found");
  }

  @Test
  void a_malformed_urn_is_a_400_problem_that_says_why() throws Exception {
    HttpResponse<String> response = get("/api/v1/assets/urn:meshlens:table:(a,b)");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(body(response).path("detail").asText()).contains("Unknown asset type 'table'");
  }

  @Test
  void listing_pages_and_filters_by_type_and_domain() throws Exception {
    JsonNode page = body(get("/api/v1/assets?type=dataset&domain=sales&page=2&size=10"));

    assertThat(page.path("total").asLong()).isEqualTo(31);
    assertThat(page.path("items")).hasSize(10);
    assertThat(page.path("items").findValuesAsText("type")).containsOnly("dataset");
    assertThat(body(get("/api/v1/assets?type=domain")).path("items").findValuesAsText("name"))
        .containsExactly("Sales");
  }

  @Test
  void bad_listing_parameters_are_400_problems() throws Exception {
    assertThat(get("/api/v1/assets?size=5000").statusCode()).isEqualTo(400);
    assertThat(body(get("/api/v1/assets?page=zero")).path("detail").asText())
        .isEqualTo("Query parameter 'page' must be a whole number, got 'zero'");
    assertThat(body(get("/api/v1/assets?type=tables")).path("detail").asText())
        .contains("Unknown asset type 'tables'");
  }

  @Test
  void the_home_page_is_the_web_ui_and_everything_it_loads_is_served_here() throws Exception {
    HttpResponse<String> home = get("/");

    assertThat(home.statusCode()).isEqualTo(200);
    assertThat(home.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    assertThat(home.body()).contains("<title>Meshlens</title>", "<main id=\"main\"");
    // stylesheets, scripts and the WebJars' libraries: local paths, none left unfilled by the build
    Matcher refs =
        Pattern.compile("(?:href|src|content)=\"(/[^\"]+\\.(?:css|js|mjs))\"").matcher(home.body());
    List<String> paths = new ArrayList<>();
    while (refs.find()) {
      paths.add(refs.group(1));
    }
    assertThat(paths)
        .contains("/js/app.js", "/css/app.css")
        .anyMatch(p -> p.startsWith("/webjars/cytoscape/"))
        .anyMatch(p -> p.startsWith("/webjars/chart.js/"))
        .noneMatch(p -> p.contains("@"));
    for (String path : paths) {
      HttpResponse<String> file = get(path);
      assertThat(file.statusCode()).as(path).isEqualTo(200);
      assertThat(file.headers().firstValue("Content-Type"))
          .as(path)
          .hasValueSatisfying(t ->
              assertThat(t).startsWith(path.endsWith(".css") ? "text/css" : "text/javascript"));
    }
  }

  @Test
  void unknown_routes_and_methods_get_problem_json() throws Exception {
    HttpResponse<String> missing = get("/api/v1/nothing-here");
    HttpResponse<String> wrongMethod =
        http.send(
            HttpRequest.newBuilder(
                    URI.create("http://localhost:" + meshlens.port() + "/api/v1/assets"))
                .DELETE()
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(body(missing).path("status").asInt()).isEqualTo(404);
    assertThat(wrongMethod.statusCode()).isEqualTo(405);
    assertThat(body(wrongMethod).path("title").asText()).isEqualTo("Method not allowed");
  }
}
