package dev.meshlens.api.openapi;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.meshlens.api.Meshlens;
import dev.meshlens.api.ServerConfig;
import dev.meshlens.api.http.ApiJson;
import dev.meshlens.catalog.Batch;
import dev.meshlens.catalog.CatalogStore;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.model.DatasetInfo;
import dev.meshlens.catalog.model.DomainInfo;
import dev.meshlens.catalog.model.Field;
import dev.meshlens.catalog.model.Membership;
import dev.meshlens.catalog.model.Port;
import dev.meshlens.catalog.model.ProductInfo;
import dev.meshlens.catalog.model.Tag;
import dev.meshlens.catalog.model.Tags;
import dev.meshlens.catalog.sqlite.SqliteCatalogStore;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The document tells the truth: real answers of a real server have exactly the fields /openapi.json
 * gives their schemas, down through the records they hold.
 */
class DocumentedAnswersTest {
  static final Urn ORDERS = Urn.dataset("postgres://shop-db:5432", "shop.public.orders");

  @TempDir Path dir;
  Meshlens meshlens;
  OpenAPI api;
  final HttpClient http = HttpClient.newHttpClient();
  final ObjectMapper json = new ObjectMapper();

  @BeforeEach
  void start() throws Exception {
    ServerConfig config =
        ServerConfig.defaults().withPort(0).withDataDir(dir).withSampleMesh(false);
    try (CatalogStore store = SqliteCatalogStore.open(config.catalogFile())) {
      store.apply(catalog());
    }
    meshlens = Meshlens.start(config);
    api =
        new OpenAPIV3Parser().readContents(send("GET", "/openapi.json", null).body()).getOpenAPI();
  }

  @AfterEach
  void stop() {
    meshlens.close();
  }

  static Batch catalog() {
    Batch.Builder batch = Batch.builder("jdbc:shop");
    batch.upsert(
        ORDERS,
        new DatasetInfo("orders", "Customer purchases", "postgres", "table", null, 10L, Map.of()));
    batch.upsert(
        ORDERS, dev.meshlens.catalog.model.Schema.of(List.of(Field.of("order_id", "INTEGER"))));
    batch.upsert(ORDERS, new Membership(Urn.domain("sales"), Urn.product("sales", "orders")));
    batch.upsert(ORDERS, new Tags(List.of(new Tag("gold"))));
    batch.upsert(Urn.domain("sales"), new DomainInfo("Sales", "Selling things"));
    batch.upsert(
        Urn.product("sales", "orders"),
        new ProductInfo(
            "Orders",
            "Orders of the shop",
            "active",
            List.of(),
            List.of(new Port("orders", "1.0.0", null, null, List.of(ORDERS))),
            null));
    return batch.build();
  }

  HttpResponse<String> send(String method, String path, String body) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(meshlens.url() + path));
    request.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body, UTF_8));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /**
   * Sends a GET, checks it answers {@code expected}, and gives where its answer differs from the
   * schema the document gives that answer of {@code route}.
   */
  List<String> differences(int expected, String route, String path) throws Exception {
    String method = "GET";
    HttpResponse<String> response = send(method, path, null);
    assertThat(response.statusCode()).as("%s: %s", path, response.body()).isEqualTo(expected);
    String status = Integer.toString(response.statusCode());
    ApiResponses responses =
        api.getPaths()
            .get(route)
            .readOperationsMap()
            .get(PathItem.HttpMethod.valueOf(method))
            .getResponses();
    ApiResponse documented =
        responses.containsKey(status) ? responses.get(status) : responses.get("default");
    if (documented.get$ref() != null) {
      documented = api.getComponents().getResponses().get(name(documented.get$ref()));
    }
    String type = response.headers().firstValue("Content-Type").orElse("").split(";")[0];
    MediaType media = documented.getContent().get(type);
    assertThat(media)
        .as("%s %s answered %s %s, which is documented", method, path, status, type)
        .isNotNull();
    List<String> differences = new ArrayList<>();
    compare(json.readTree(response.body()), media.getSchema(), method + " " + path, differences);
    return differences;
  }

  private void compare(JsonNode value, Schema<?> schema, String where, List<String> differences) {
    if (value == null || value.isNull() || schema == null) {
      return;
    }
    if (schema.get$ref() != null) {
      schema = api.getComponents().getSchemas().get(name(schema.get$ref()));
    }
    if (value.isArray() && schema.getItems() != null) {
      for (int i = 0; i < value.size(); i++) {
        compare(value.get(i), schema.getItems(), where + "[" + i + "]", differences);
      }
    } else if (value.isObject() && schema.getProperties() != null) {
      Set<String> answered = new TreeSet<>();
      value.fieldNames().forEachRemaining(answered::add);
      answered.removeAll(schema.getProperties().keySet());
      if (!answered.isEmpty()) {
        differences.add(
            where
                + " has undocumented "
                + answered
                + " (documented: "
                + schema.getProperties().keySet()
                + ")");
      }
      schema
          .getProperties()
          .forEach((name, property) ->
              compare(value.get(name), property, where + "." + name, differences));
    } else if (value.isObject() && schema.getAdditionalProperties() instanceof Schema<?> values) {
      value
          .properties()
          .forEach(e -> compare(e.getValue(), values, where + "." + e.getKey(), differences));
    }
  }

  private static String name(String ref) {
    return ref.substring(ref.lastIndexOf('/') + 1);
  }

  @Test
  void search_and_suggest_answer_as_documented() throws Exception {
    JsonNode found =
        json.readTree(send("GET", "/api/v1/search?q=orders&type=dataset", null).body());
    assertThat(found.path("hits").size()).as("hits and facets to compare").isEqualTo(1);
    assertThat(found.path("facets").path("tag").size()).isEqualTo(1);

    assertThat(differences(200, "/api/v1/search", "/api/v1/search?q=orders")).isEmpty();
    assertThat(differences(200, "/api/v1/suggest", "/api/v1/suggest?q=ord")).isEmpty();
  }

  @Test
  void a_field_the_document_does_not_give_is_a_difference() throws Exception {
    List<String> differences = new ArrayList<>();
    JsonNode answer = json.readTree("{\"total\": 1, \"hits\": [{\"urn\": \"u\", \"rank\": 1}]}");

    compare(answer, api.getComponents().getSchemas().get("SearchView"), "search", differences);

    assertThat(differences)
        .containsExactly(
            "search.hits[0] has undocumented [rank] (documented: "
                + api.getComponents().getSchemas().get("Hit").getProperties().keySet()
                + ")");
  }

  @Test
  void listings_answer_as_documented() throws Exception {
    assertThat(differences(200, "/api/v1/assets", "/api/v1/assets")).isEmpty();
    assertThat(differences(200, "/api/v1/sources", "/api/v1/sources")).isEmpty();
    assertThat(differences(200, "/health", "/health")).isEmpty();
    assertThat(differences(200, "/health/live", "/health/live")).isEmpty();
  }

  @Test
  void health_scores_and_the_caller_answer_as_documented() throws Exception {
    meshlens.healthScores().recomputeNow("test");
    String product = Urn.product("sales", "orders").toPathSegment();

    assertThat(differences(200, "/api/v1/products", "/api/v1/products?sort=health")).isEmpty();
    assertThat(
            differences(
                200, "/api/v1/products/{urn}/health", "/api/v1/products/" + product + "/health"))
        .isEmpty();
    assertThat(differences(200, "/api/v1/domains", "/api/v1/domains")).isEmpty();
    assertThat(differences(200, "/api/v1/domains/{domain}/health", "/api/v1/domains/sales/health"))
        .isEmpty();
    assertThat(differences(200, "/api/v1/me", "/api/v1/me")).isEmpty();
  }

  @Test
  void lineage_answers_as_documented() throws Exception {
    String urn = URLEncoder.encode(ORDERS.toString(), UTF_8);

    assertThat(differences(200, "/api/v1/lineage", "/api/v1/lineage?urn=" + urn)).isEmpty();
    assertThat(differences(200, "/api/v1/lineage/impact", "/api/v1/lineage/impact?urn=" + urn))
        .isEmpty();
  }

  @Test
  void what_an_ingest_answers_is_as_documented() throws Exception {
    Batch batch =
        Batch.builder("push:test")
            .upsert(
                Urn.dataset("postgres://shop-db:5432", "shop.public.refunds"),
                new DatasetInfo("refunds", "Money back", "postgres", "table", null, 1L, Map.of()))
            .build();
    // applied as POST /api/v1/ingest applies it, and written by the API's own mapper (the route
    // itself needs a token once access control is on)
    JsonNode answer = ApiJson.mapper().valueToTree(meshlens.store().apply(batch));
    Schema<?> documented =
        api.getPaths()
            .get("/api/v1/ingest")
            .getPost()
            .getResponses()
            .get("201")
            .getContent()
            .get("application/json")
            .getSchema();
    List<String> differences = new ArrayList<>();

    compare(answer, documented, "POST /api/v1/ingest", differences);

    assertThat(answer.path("written").asInt()).isEqualTo(1);
    assertThat(differences).isEmpty();
  }

  @Test
  void errors_answer_the_documented_problem() throws Exception {
    String missing = Urn.dataset("postgres://nowhere:5432", "db.public.ghost").toPathSegment();

    assertThat(differences(400, "/api/v1/sources/{name}/runs", "/api/v1/sources/x/runs?limit=0"))
        .isEmpty();
    assertThat(differences(400, "/api/v1/search", "/api/v1/search?size=0")).isEmpty();
    assertThat(differences(404, "/api/v1/assets/{urn}", "/api/v1/assets/" + missing)).isEmpty();
    assertThat(differences(400, "/api/v1/lineage/path", "/api/v1/lineage/path?from=" + missing))
        .isEmpty();
  }
}
