package dev.meshlens.api.scores;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.meshlens.api.Meshlens;
import dev.meshlens.api.ServerConfig;
import dev.meshlens.api.ingest.PushServer;
import dev.meshlens.catalog.Batch;
import dev.meshlens.catalog.CatalogStore;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.health.InvalidHealthPolicyException;
import dev.meshlens.catalog.model.DatasetInfo;
import dev.meshlens.catalog.model.DomainInfo;
import dev.meshlens.catalog.model.Membership;
import dev.meshlens.catalog.model.Owner;
import dev.meshlens.catalog.model.Ownership;
import dev.meshlens.catalog.model.Port;
import dev.meshlens.catalog.model.ProductInfo;
import dev.meshlens.catalog.model.QualityResult;
import dev.meshlens.catalog.sqlite.SqliteCatalogStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The health routes on a real server over a catalog written before it started: products orders
 * (sales) and campaigns (marketing), one output port dataset each. No usage log and no runs: usage
 * and reliability are unknown and their weights go to freshness (0.2), quality (0.2) and
 * documentation (0.1). Both datasets were just written: freshness 1.
 *
 * <pre>
 * orders:    quality 1/1, docs (description 1 + owner 1 + contract 0) / 3
 *            score = 100 (0.2 + 0.2 + 0.0667) / 0.5 = 93.3, A
 * campaigns: quality 0/1, docs 0 -> score = 100 (0.2) / 0.5 = 40.0, D
 *            fixing its check: 100 (0.4) / 0.5 = 80.0, +40.0 points
 * </pre>
 */
class HealthScoreApiTest {
  static final String PG = "postgres://db:5432";
  static final Urn SALES = Urn.domain("sales");
  static final Urn MARKETING = Urn.domain("marketing");
  static final Urn ORDERS_PRODUCT = Urn.product("sales", "orders");
  static final Urn CAMPAIGNS_PRODUCT = Urn.product("marketing", "campaigns");
  static final Urn ORDERS = Urn.dataset(PG, "shop.orders");
  static final Urn CAMPAIGNS = Urn.dataset(PG, "mkt.campaigns");

  @TempDir Path dir;
  private PushServer server;
  private final ObjectMapper json = new ObjectMapper();

  @BeforeEach
  void start() {
    try (CatalogStore store =
        SqliteCatalogStore.open(ServerConfig.defaults().withDataDir(dir).catalogFile())) {
      store.apply(catalog());
    }
    server = PushServer.start(dir);
    assertThat(server.post("/api/v1/health/recompute", "").statusCode()).isEqualTo(200);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  static Batch catalog() {
    Batch.Builder b = Batch.builder("test");
    b.upsert(SALES, new DomainInfo("Sales", null));
    b.upsert(MARKETING, new DomainInfo("Marketing", null));
    product(b, ORDERS_PRODUCT, "Orders", ORDERS, SALES);
    product(b, CAMPAIGNS_PRODUCT, "Campaigns", CAMPAIGNS, MARKETING);
    b.upsert(ORDERS, new DatasetInfo("orders", "All orders", null, null, null, null, null));
    b.upsert(ORDERS, new Ownership(List.of(new Owner(Urn.owner("ana"), "owner"))));
    b.upsert(CAMPAIGNS, new DatasetInfo("campaigns", null, null, null, null, null, null));
    Instant at = Instant.parse("2026-01-01T00:00:00Z");
    b.qualityResult(new QualityResult(ORDERS, "rows", at, true, null, null, null));
    b.qualityResult(new QualityResult(CAMPAIGNS, "rows", at, false, null, null, null));
    return b.build();
  }

  private static void product(Batch.Builder b, Urn urn, String name, Urn dataset, Urn domain) {
    b.upsert(
        urn,
        new ProductInfo(
            name,
            null,
            "active",
            List.of(),
            List.of(new Port("main", "1", null, null, List.of(dataset))),
            null));
    b.upsert(dataset, new Membership(domain, urn));
  }

  @Test
  void product_health_has_score_components_history_drivers_and_ports() {
    JsonNode body = ok("/api/v1/products/" + CAMPAIGNS_PRODUCT.toPathSegment() + "/health");

    assertThat(body.get("urn").asText()).isEqualTo(CAMPAIGNS_PRODUCT.toString());
    assertThat(body.get("name").asText()).isEqualTo("Campaigns");
    assertThat(body.get("score").asDouble()).isEqualTo(40.0);
    assertThat(body.get("grade").asText()).isEqualTo("D");
    assertThat(body.get("components")).hasSize(5);
    JsonNode usage = body.get("components").get(0);
    assertThat(usage.get("name").asText()).isEqualTo("usage");
    assertThat(usage.get("weight").asDouble()).isEqualTo(0.35);
    assertThat(usage.get("value").isNull()).as("no usage log: unknown").isTrue();
    assertThat(body.get("components").get(2).get("explanation").asText())
        .isEqualTo("mean of 1 of 1 output ports; lowest: campaigns at 0.0");
    assertThat(body.get("history")).hasSize(1);
    assertThat(body.get("history").get(0).get("date").asText())
        .isEqualTo(LocalDate.now(ZoneOffset.UTC).toString());
    assertThat(body.get("drivers").get(0).get("action").asText())
        .isEqualTo("fix 1 failing check of campaigns");
    assertThat(body.get("drivers").get(0).get("points").asDouble()).isEqualTo(40.0);
    assertThat(body.get("ports").get(0).get("urn").asText()).isEqualTo(CAMPAIGNS.toString());
    assertThat(body.get("ports").get(0).get("score").asDouble()).isEqualTo(40.0);
  }

  @Test
  void domain_health_by_id_or_urn_lists_its_products() {
    JsonNode byId = ok("/api/v1/domains/sales/health");
    JsonNode byUrn = ok("/api/v1/domains/" + SALES.toPathSegment() + "/health");

    assertThat(byId).isEqualTo(byUrn);
    assertThat(byId.get("score").asDouble()).isEqualTo(93.3);
    assertThat(byId.get("grade").asText()).isEqualTo("A");
    assertThat(byId.get("products").get(0).get("name").asText()).isEqualTo("Orders");
  }

  @Test
  void products_leaderboard_sorts_filters_and_pages() {
    JsonNode byHealth = ok("/api/v1/products?sort=health");
    assertThat(byHealth.get("total").asLong()).isEqualTo(2);
    assertThat(byHealth.get("items").get(0).get("urn").asText())
        .isEqualTo(ORDERS_PRODUCT.toString());
    assertThat(byHealth.get("items").get(0).get("domain").asText()).isEqualTo(SALES.toString());
    assertThat(byHealth.get("items").get(0).get("health").get("score").asDouble()).isEqualTo(93.3);
    assertThat(byHealth.get("items").get(1).get("health").get("grade").asText()).isEqualTo("D");

    JsonNode byName = ok("/api/v1/products?sort=name&size=1&page=1");
    assertThat(byName.get("size").asInt()).isEqualTo(1);
    assertThat(byName.get("items")).hasSize(1);
    assertThat(byName.get("items").get(0).get("name").asText()).isEqualTo("Campaigns");
    JsonNode marketing = ok("/api/v1/products?domain=marketing");
    assertThat(marketing.get("total").asLong()).isEqualTo(1);

    JsonNode domains = ok("/api/v1/domains");
    assertThat(domains.get("items").get(0).get("name").asText()).isEqualTo("Sales");
    assertThat(domains.get("items").get(1).get("health").get("score").asDouble()).isEqualTo(40.0);
  }

  @Test
  void bad_requests_get_problems_not_500() {
    HttpResponse<String> sort = server.get("/api/v1/products?sort=popularity");
    assertThat(sort.statusCode()).isEqualTo(400);
    assertThat(sort.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    assertThat(tree(sort.body()).get("detail").asText())
        .isEqualTo("Query parameter 'sort' must be one of health, name; got 'popularity'");

    HttpResponse<String> unknown =
        server.get("/api/v1/products/" + Urn.product("sales", "nope").toPathSegment() + "/health");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(tree(unknown.body()).get("type").asText()).endsWith("health-not-found");
    assertThat(tree(unknown.body()).get("detail").asText())
        .isEqualTo("No product urn:meshlens:product:(sales,nope)");

    HttpResponse<String> dataset =
        server.get("/api/v1/products/" + ORDERS.toPathSegment() + "/health");
    assertThat(dataset.statusCode()).isEqualTo(404);
    assertThat(tree(dataset.body()).get("detail").asText()).startsWith("Not a product: " + ORDERS);

    assertThat(server.get("/api/v1/domains/nowhere/health").statusCode()).isEqualTo(404);
    assertThat(server.get("/api/v1/products/not-a-urn/health").statusCode()).isEqualTo(400);
    assertThat(server.get("/api/v1/products?size=0").statusCode()).isEqualTo(400);
  }

  @Test
  void recompute_answers_counts_and_time() {
    HttpResponse<String> response = server.post("/api/v1/health/recompute", "");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode body = tree(response.body());
    assertThat(body.get("datasets").asInt()).isEqualTo(2);
    assertThat(body.get("products").asInt()).isEqualTo(2);
    assertThat(body.get("domains").asInt()).isEqualTo(2);
    assertThat(body.get("rows").asLong()).isEqualTo(6);
    assertThat(body.get("millis").asLong()).isNotNegative();
    assertThat(body.get("day").asText()).isEqualTo(LocalDate.now(ZoneOffset.UTC).toString());
    assertThat(ok("/api/v1/products/" + ORDERS_PRODUCT.toPathSegment() + "/health").get("history"))
        .as("the same day is replaced, not added")
        .hasSize(1);
  }

  @Test
  void a_bad_policy_file_stops_the_start_with_its_message() throws IOException {
    Path policy = dir.resolve("policy.yaml");
    Files.writeString(policy, "weights: {usage: -1}\n", StandardCharsets.UTF_8);
    ServerConfig config =
        ServerConfig.defaults()
            .withPort(0)
            .withDataDir(dir.resolve("other"))
            .withSampleMesh(false)
            .withHealthPolicy(policy);

    assertThatThrownBy(() -> Meshlens.start(config).close())
        .isInstanceOf(InvalidHealthPolicyException.class)
        .hasMessageStartingWith("Health policy " + policy + ": missing key 'caps'");
  }

  private JsonNode ok(String path) {
    HttpResponse<String> response = server.get(path);
    assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
    return tree(response.body());
  }

  private JsonNode tree(String body) {
    try {
      return json.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
