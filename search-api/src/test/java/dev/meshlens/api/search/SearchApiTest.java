package dev.meshlens.api.search;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meshlens.api.ServerConfig;
import dev.meshlens.api.ingest.PushServer;
import dev.meshlens.catalog.Batch;
import dev.meshlens.catalog.CatalogStore;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.json.BatchParser;
import dev.meshlens.catalog.model.Classification;
import dev.meshlens.catalog.model.Classification.Sensitivity;
import dev.meshlens.catalog.model.DatasetInfo;
import dev.meshlens.catalog.model.Field;
import dev.meshlens.catalog.model.Membership;
import dev.meshlens.catalog.model.Owner;
import dev.meshlens.catalog.model.Ownership;
import dev.meshlens.catalog.model.Schema;
import dev.meshlens.catalog.model.Tag;
import dev.meshlens.catalog.model.Tags;
import dev.meshlens.catalog.sqlite.SqliteCatalogStore;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code GET /api/v1/search} over real HTTP, on a real server whose catalog was written before it
 * started.
 */
class SearchApiTest {
  static final String PG = "postgres://shop-db:5432";
  static final Urn SALES = Urn.domain("sales");
  static final Urn MARKETING = Urn.domain("marketing");
  static final Urn ORDERS_PRODUCT = Urn.product("sales", "orders");
  static final Urn CAMPAIGNS_PRODUCT = Urn.product("marketing", "campaigns");
  static final Urn ALICE = Urn.owner("alice");
  static final Urn ORDERS = Urn.dataset(PG, "shop.public.orders");
  static final Urn ORDER_LINES = Urn.dataset(PG, "shop.public.order_lines");
  static final Urn ORDERS_ARCHIVE = Urn.dataset(PG, "shop.public.orders_archive");
  static final Urn CAMPAIGN_ORDERS = Urn.dataset("snowflake://acme", "mkt.campaign_orders");
  static final Urn PAYMENTS = Urn.dataset(PG, "shop.public.payments");

  @TempDir Path dir;
  PushServer server;

  @BeforeEach
  void start() {
    try (CatalogStore store = openCatalog()) {
      store.apply(catalog());
    }
    server = PushServer.start(dir);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  /** The server's catalog file, opened by another store as another process would. */
  CatalogStore openCatalog() {
    return SqliteCatalogStore.open(ServerConfig.defaults().withDataDir(dir).catalogFile());
  }

  static Batch catalog() {
    Batch.Builder batch = Batch.builder("jdbc:shop");
    dataset(batch, ORDERS, "orders", "Customer purchases", "postgres", Sensitivity.INTERNAL);
    dataset(batch, ORDER_LINES, "order_lines", "One row per item of an order", "postgres", null);
    dataset(batch, ORDERS_ARCHIVE, "orders_archive", "Orders older than a year", "postgres", null);
    dataset(
        batch, CAMPAIGN_ORDERS, "campaign_orders", "Orders a campaign brought", "snowflake", null);
    dataset(batch, PAYMENTS, "payments", "Card payments", "postgres", Sensitivity.INTERNAL);
    batch.upsert(
        ORDER_LINES,
        Schema.of(List.of(Field.of("order_id", "INTEGER"), Field.of("quantity", "INTEGER"))));
    member(batch, ORDERS, ORDERS_PRODUCT);
    member(batch, ORDER_LINES, ORDERS_PRODUCT);
    member(batch, ORDERS_ARCHIVE, ORDERS_PRODUCT);
    member(batch, PAYMENTS, Urn.product("sales", "payments"));
    member(batch, CAMPAIGN_ORDERS, CAMPAIGNS_PRODUCT);
    tags(batch, ORDERS, "gold", "pii");
    tags(batch, ORDER_LINES, "gold");
    tags(batch, ORDERS_ARCHIVE, "bronze");
    tags(batch, CAMPAIGN_ORDERS, "gold");
    batch.upsert(ORDERS, new Ownership(List.of(new Owner(ALICE, "owner"))));
    batch.upsert(CAMPAIGN_ORDERS, new Ownership(List.of(new Owner(ALICE, "owner"))));
    return batch.build();
  }

  static void dataset(
      Batch.Builder batch,
      Urn urn,
      String name,
      String description,
      String platform,
      Sensitivity sensitivity) {
    Classification classification =
        sensitivity == null ? null : new Classification(sensitivity, false);
    batch.upsert(
        urn, new DatasetInfo(name, description, platform, "table", classification, 10L, Map.of()));
  }

  static void member(Batch.Builder batch, Urn dataset, Urn product) {
    batch.upsert(dataset, new Membership(product.domainOfProduct(), product));
  }

  static void tags(Batch.Builder batch, Urn dataset, String... names) {
    batch.upsert(dataset, new Tags(Arrays.stream(names).map(Tag::new).toList()));
  }

  HttpResponse<String> get(String pathAndQuery) {
    return server.get(pathAndQuery);
  }

  JsonNode search(String query) {
    HttpResponse<String> response = get("/api/v1/search?" + query);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return tree(response.body());
  }

  JsonNode tree(String body) {
    return server.tree(body);
  }

  static List<String> names(JsonNode results) {
    return results.path("hits").findValuesAsText("name");
  }

  static List<String> facet(JsonNode results, String dimension) {
    List<String> counts = new ArrayList<>();
    results
        .path("facets")
        .path(dimension)
        .forEach(c -> counts.add(c.path("value").asText() + "=" + c.path("count").asLong()));
    return counts;
  }

  static String encode(String value) {
    return URLEncoder.encode(value, UTF_8);
  }

  @Test
  void a_search_answers_the_page_the_hits_with_their_profile_and_every_facet() {
    HttpResponse<String> response = get("/api/v1/search?q=orders");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    JsonNode results = tree(response.body());
    assertThat(results.fieldNames())
        .toIterable()
        .containsExactlyInAnyOrder("total", "page", "size", "hits", "facets", "didYouMean");
    assertThat(results.path("total").asLong()).isEqualTo(4);
    assertThat(results.path("page").asInt()).isEqualTo(1);
    assertThat(results.path("size").asInt()).as("the default page size").isEqualTo(10);
    assertThat(results.path("didYouMean").isNull()).isTrue();

    JsonNode first = results.path("hits").get(0);
    assertThat(first.fieldNames())
        .toIterable()
        .as("a hit without explain=true has no explain")
        .containsExactlyInAnyOrder(
            "urn",
            "type",
            "name",
            "qualifiedName",
            "domain",
            "product",
            "description",
            "highlights",
            "matchedColumns",
            "usage",
            "health",
            "healthGrade",
            "score");
    assertThat(first.path("urn").asText()).isEqualTo(ORDERS.toString());
    assertThat(first.path("type").asText()).isEqualTo("dataset");
    assertThat(first.path("qualifiedName").asText()).isEqualTo(PG + ".shop.public.orders");
    assertThat(first.path("domain").asText()).isEqualTo(SALES.toString());
    assertThat(first.path("product").asText()).isEqualTo(ORDERS_PRODUCT.toString());
    assertThat(first.path("description").asText()).isEqualTo("Customer purchases");
    assertThat(first.path("highlights").isArray()).isTrue();
    assertThat(first.path("score").asDouble()).isPositive();

    assertThat(results.path("facets").fieldNames())
        .toIterable()
        .containsExactlyInAnyOrder(
            "type", "domain", "product", "owner", "tag", "platform", "classification");
    assertThat(facet(results, "type")).containsExactly("dataset=4");
    assertThat(facet(results, "tag")).containsExactly("gold=3", "bronze=1", "pii=1");
    assertThat(facet(results, "platform")).containsExactly("postgres=3", "snowflake=1");
    assertThat(facet(results, "domain")).containsExactly(SALES + "=3", MARKETING + "=1");
    assertThat(facet(results, "owner")).containsExactly(ALICE + "=2");
  }

  @Test
  void the_exact_name_comes_first() {
    assertThat(names(search("q=orders"))).first().isEqualTo("orders");
    assertThat(names(search("q=Order_Lines"))).first().isEqualTo("order_lines");
    assertThat(names(search("q=payments"))).containsExactly("payments");
  }

  @Test
  void filters_narrow_the_total_the_hits_and_the_facet_counts() {
    JsonNode gold = search("q=orders&tag=gold");
    assertThat(gold.path("total").asLong()).isEqualTo(3);
    assertThat(names(gold)).containsExactlyInAnyOrder("orders", "order_lines", "campaign_orders");
    assertThat(facet(gold, "tag")).containsExactly("gold=3", "pii=1");
    assertThat(facet(gold, "platform")).containsExactly("postgres=2", "snowflake=1");

    JsonNode goldInSales = search("q=orders&tag=gold&domain=" + encode(SALES.toString()));
    assertThat(names(goldInSales)).containsExactlyInAnyOrder("orders", "order_lines");
    assertThat(facet(goldInSales, "domain")).containsExactly(SALES + "=2");

    assertThat(names(search("q=orders&tag=gold&domain=sales")))
        .as("a domain by its id")
        .containsExactlyInAnyOrder("orders", "order_lines");
    assertThat(names(search("q=orders&owner=" + encode(ALICE.toString()))))
        .containsExactlyInAnyOrder("orders", "campaign_orders");
    assertThat(names(search("q=orders&platform=snowflake"))).containsExactly("campaign_orders");
    assertThat(names(search("q=orders&classification=internal"))).containsExactly("orders");
  }

  @Test
  void a_filter_takes_any_of_its_values_repeated_or_comma_separated() {
    JsonNode repeated = search("q=orders&tag=bronze&tag=pii");
    JsonNode commas = search("q=orders&tag=" + encode("bronze, pii"));
    assertThat(names(repeated)).containsExactlyInAnyOrder("orders", "orders_archive");
    assertThat(names(commas)).isEqualTo(names(repeated));

    String products = ORDERS_PRODUCT + "," + CAMPAIGNS_PRODUCT;
    assertThat(names(search("q=orders&product=" + encode(products))))
        .as("the comma inside a product URN separates nothing")
        .containsExactlyInAnyOrder("orders", "order_lines", "orders_archive", "campaign_orders");
    assertThat(names(search("q=orders&product=" + encode(CAMPAIGNS_PRODUCT.toString()))))
        .containsExactly("campaign_orders");
  }

  @Test
  void a_blank_query_with_a_filter_browses_what_the_filter_keeps() {
    JsonNode bronze = search("tag=bronze");
    assertThat(bronze.path("total").asLong()).isEqualTo(1);
    assertThat(names(bronze)).containsExactly("orders_archive");
    assertThat(search("q=").path("total").asLong()).as("everything").isEqualTo(5);
  }

  @Test
  void pages_slice_the_ranking_and_a_page_past_the_end_is_empty_with_the_true_total() {
    List<String> all = names(search("q=orders"));
    JsonNode second = search("q=orders&page=2&size=2");
    assertThat(second.path("page").asInt()).isEqualTo(2);
    assertThat(second.path("size").asInt()).isEqualTo(2);
    assertThat(names(second)).isEqualTo(all.subList(2, 4));

    JsonNode past = search("q=orders&page=7&size=2");
    assertThat(past.path("total").asLong()).isEqualTo(4);
    assertThat(past.path("hits").isArray()).isTrue();
    assertThat(past.path("hits")).isEmpty();
  }

  @Test
  void explain_true_gives_every_hit_its_explanation() {
    JsonNode results = search("q=orders&explain=true");
    assertThat(results.path("hits")).isNotEmpty();
    results
        .path("hits")
        .forEach(hit ->
            assertThat(hit.has("explain") && hit.has("urn") && hit.has("score"))
                .as("a hit with its fields and explain: %s", hit)
                .isTrue());
    assertThat(search("q=orders&explain=false").path("hits").get(0).has("explain")).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          q=orders&page=abc         | Query parameter 'page' must be a whole number, got 'abc'
          q=orders&page=0           | Query parameter 'page' must be in [1, 1000000], got 0
          q=orders&size=0           | Query parameter 'size' must be in [1, 100], got 0
          q=orders&size=1000        | Query parameter 'size' must be in [1, 100], got 1000
          q=orders&explain=maybe    | Query parameter 'explain' must be true or false, got 'maybe'
          q=orders&colour=red       | Query parameter 'colour' is not known
          q=orders&q=payments       | Query parameter 'q' must be given once, got 2
          """)
  void bad_input_is_a_400_problem_naming_what_is_wrong(String query, String detail) {
    HttpResponse<String> response = get("/api/v1/search?" + query);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    JsonNode problem = tree(response.body());
    assertThat(problem.path("status").asInt()).isEqualTo(400);
    assertThat(problem.path("type").asText()).startsWith("https://meshlens.dev/problems/");
    assertThat(problem.path("title").asText()).isNotBlank();
    assertThat(problem.path("detail").asText()).contains(detail);
    assertThat(problem.path("instance").asText()).isEqualTo("/api/v1/search");
  }

  @Test
  void a_search_the_engine_refuses_is_a_400_invalid_search_problem() {
    HttpResponse<String> response = get("/api/v1/search?q=orders&page=2000&size=10");

    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode problem = tree(response.body());
    assertThat(problem.path("type").asText())
        .isEqualTo("https://meshlens.dev/problems/invalid-search");
    assertThat(problem.path("detail").asText())
        .as("the engine's message names the offending page")
        .contains("2000");
  }

  @Test
  void a_query_longer_than_1000_characters_is_a_400() {
    HttpResponse<String> response = get("/api/v1/search?q=" + "a".repeat(1001));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(tree(response.body()).path("detail").asText())
        .isEqualTo("Query parameter 'q' must be at most 1000 characters, got 1001");
    assertThat(get("/api/v1/search?q=" + "a".repeat(1000)).statusCode()).isEqualTo(200);
  }

  @Test
  void a_change_committed_through_the_store_is_searchable_within_a_second() {
    Urn urn = Urn.dataset(PG, "shop.public.zebra_sightings");
    Batch.Builder batch = Batch.builder("jdbc:shop");
    dataset(batch, urn, "zebra_sightings", "Where zebras were seen", "postgres", null);

    server.store().apply(batch.build());
    long committed = System.nanoTime();

    assertFoundWithinASecond(
        "q=zebra_sightings", committed, n -> names(n).contains("zebra_sightings"));
  }

  @Test
  void a_batch_posted_to_the_ingest_endpoint_is_searchable_within_a_second() {
    Urn urn = Urn.dataset("kafka://events", "okapi_counts");
    Batch.Builder batch = Batch.builder("airflow:zoo");
    dataset(batch, urn, "okapi_counts", "Okapis counted per day", "kafka", null);
    HttpResponse<String> response =
        server.post("/api/v1/ingest", new BatchParser().toJson(batch.build()));
    long committed = System.nanoTime();

    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    assertFoundWithinASecond("q=okapi", committed, n -> names(n).contains("okapi_counts"));
  }

  @Test
  void a_deleted_asset_vanishes_from_hits_totals_and_facets() {
    server.store().apply(Batch.builder("jdbc:shop").remove(ORDERS_ARCHIVE).build());
    long committed = System.nanoTime();

    JsonNode after =
        assertFoundWithinASecond("q=orders", committed, n -> !names(n).contains("orders_archive"));
    assertThat(after.path("total").asLong()).isEqualTo(3);
    assertThat(facet(after, "tag")).doesNotContain("bronze=1");
    assertThat(search("tag=bronze").path("total").asLong()).isZero();
  }

  @Test
  void the_index_catches_up_at_restart_with_what_was_written_while_the_server_was_down() {
    server.close();
    Urn urn = Urn.dataset(PG, "shop.public.refunds");
    try (CatalogStore store = openCatalog()) {
      Batch.Builder batch = Batch.builder("jdbc:shop");
      dataset(batch, urn, "refunds", "Money given back", "postgres", null);
      store.apply(batch.remove(PAYMENTS).build());
    }

    server = PushServer.start(dir);

    assertThat(names(search("q=refunds"))).containsExactly("refunds");
    assertThat(names(search("q=payments"))).doesNotContain("payments");
    assertThat(names(search("q=orders")))
        .as("what was indexed before the restart is still there")
        .first()
        .isEqualTo("orders");
  }

  @Test
  void a_change_another_process_commits_to_the_catalog_file_is_searchable_after_a_poll() {
    Urn urn = Urn.dataset(PG, "shop.public.gift_cards");
    try (CatalogStore other = openCatalog()) {
      Batch.Builder batch = Batch.builder("jdbc:shop-cli");
      dataset(batch, urn, "gift_cards", "Cards sold as gifts", "postgres", null);
      other.apply(batch.build());
    }
    long committed = System.nanoTime();

    JsonNode found =
        poll(
            "q=gift_cards",
            committed,
            n -> names(n).contains("gift_cards"),
            Duration.ofSeconds(10));
    assertThat(names(found)).first().isEqualTo("gift_cards");
    assertThat(Duration.ofNanos(System.nanoTime() - committed))
        .as("the server looks for other writers every %s", CatalogSearch.POLL)
        .isLessThan(CatalogSearch.POLL.multipliedBy(2));
  }

  JsonNode assertFoundWithinASecond(String query, long committed, Predicate<JsonNode> seen) {
    JsonNode results = poll(query, committed, seen, Duration.ofSeconds(5));
    Duration elapsed = Duration.ofNanos(System.nanoTime() - committed);
    assertThat(elapsed)
        .as("time from the commit to the search seeing it")
        .isLessThan(Duration.ofSeconds(1));
    return results;
  }

  /** Searches every 20 ms until {@code seen} holds; fails after {@code limit}. */
  JsonNode poll(String query, long since, Predicate<JsonNode> seen, Duration limit) {
    while (true) {
      JsonNode results = search(query);
      if (seen.test(results)) {
        return results;
      }
      assertThat(Duration.ofNanos(System.nanoTime() - since))
          .as("waiting for %s to show the change; last answer %s", query, results)
          .isLessThan(limit);
      sleep(20);
    }
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
