package dev.meshlens.api.lineage;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meshlens.api.SampleMeshServer;
import dev.meshlens.catalog.Urn;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The lineage endpoints on the sample mesh as the server loads it: the five-domain chain from the
 * supplier feeds landed in S3 to the revenue forecast (ingest into staging, then build, in each of
 * five domains), product-level starts, impact across domains, and inherited PII at the column
 * level.
 */
@ExtendWith(SampleMeshServer.Extension.class)
class SampleMeshLineageApiTest {
  static final Urn ITEMS = Urn.dataset("s3://acme-landing", "supplier-feeds/items");
  static final Urn FORECAST = pg("finance", "financial_forecasts.public.revenue_forecast_monthly");
  static final List<Urn> CHAIN =
      List.of(
          ITEMS,
          pg("product-catalog", "product_master.public.product_variants"),
          pg("sales", "orders.public.orders"),
          pg("customer", "customer_360.public.customer_360"),
          pg("marketing", "customer_segments.public.segment_sizes_daily"),
          FORECAST);

  static SampleMeshServer server;

  @BeforeAll
  static void start(SampleMeshServer shared) {
    server = shared;
  }

  static Urn pg(String domain, String name) {
    return Urn.dataset("postgres://" + domain + "-db.acme.internal:5432", name);
  }

  static String q(Urn urn) {
    return URLEncoder.encode(urn.toString(), UTF_8);
  }

  static JsonNode ok(String pathAndQuery) {
    HttpResponse<String> response = server.get(pathAndQuery);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return server.tree(response.body());
  }

  static List<String> urns(JsonNode list) {
    List<String> urns = new ArrayList<>();
    list.forEach(n -> urns.add(n.path("urn").asText()));
    return urns;
  }

  @Test
  void the_forecast_comes_from_the_supplier_feeds_through_five_domains() {
    long started = System.nanoTime();
    JsonNode upstream = ok("/api/v1/lineage?urn=" + q(FORECAST) + "&direction=upstream&depth=20");
    Duration took = Duration.ofNanos(System.nanoTime() - started);

    assertThat(urns(upstream.path("nodes")))
        .containsAll(CHAIN.stream().map(Urn::toString).toList());
    assertThat(upstream.path("truncated").asBoolean()).isFalse();
    assertThat(took).isLessThan(Duration.ofSeconds(1));
    for (int i = 1; i < CHAIN.size(); i++) {
      JsonNode hop =
          ok("/api/v1/lineage/path?from=" + q(CHAIN.get(i - 1)) + "&to=" + q(CHAIN.get(i)));
      assertThat(hop.path("length").asInt())
          .as("ingest into staging, then build: " + hop)
          .isEqualTo(2);
      assertThat(hop.path("direction").asText()).isEqualTo("downstream");
    }
  }

  @Test
  void a_change_to_the_supplier_feed_reaches_five_domains() {
    JsonNode impact = ok("/api/v1/lineage/impact?urn=" + q(ITEMS));

    assertThat(urns(impact.path("domains")))
        .contains(
            "urn:meshlens:domain:product-catalog",
            "urn:meshlens:domain:sales",
            "urn:meshlens:domain:customer",
            "urn:meshlens:domain:marketing",
            "urn:meshlens:domain:finance");
    assertThat(impact.path("products")).isNotEmpty();
    assertThat(impact.path("owners")).isNotEmpty();
    List<Long> usage = new ArrayList<>();
    impact.path("products").forEach(p -> usage.add(p.path("usage").asLong()));
    assertThat(usage).isSortedAccordingTo((a, b) -> Long.compare(b, a));
    assertThat(impact.path("datasets").get(0).path("distance").asInt()).isPositive();
  }

  @Test
  void a_product_starts_a_walk_from_all_its_datasets() {
    Urn product = Urn.product("customer", "customer-360");
    JsonNode answer = ok("/api/v1/lineage?urn=" + q(product) + "&direction=upstream&depth=2");

    assertThat(answer.path("nodes"))
        .filteredOn(n -> n.path("distance").asInt() == 0)
        .extracting(n -> n.path("urn").asText())
        .as("its four datasets")
        .containsExactlyInAnyOrder(
            pg("customer", "customer_360.public.customer_360").toString(),
            pg("customer", "customer_360.public.customer_scores").toString(),
            pg("customer", "customer_360.public.customer_metrics_daily").toString(),
            pg("customer", "customer_360.public.customer_order_summary").toString());
    assertThat(answer.path("nodes"))
        .filteredOn(n -> n.path("distance").asInt() == 1)
        .extracting(n -> n.path("urn").asText())
        .as("its staging tables")
        .contains(pg("customer", "customer_360.public.stg_customers").toString());
    assertThat(answer.path("nodes"))
        .filteredOn(n -> n.path("distance").asInt() == 2)
        .extracting(n -> n.path("urn").asText())
        .as("the products it consumes")
        .contains(pg("customer", "customer_profile.public.customers").toString());
  }

  @Test
  void personal_data_of_the_customer_profile_reaches_customer_360_column_by_column() {
    Urn email = pg("customer", "customer_360.public.customer_360").field("email");
    JsonNode answer =
        ok("/api/v1/lineage?urn=" + q(email) + "&direction=upstream&depth=5&level=column");

    assertThat(urns(answer.path("nodes")))
        .contains(
            email.toString(),
            pg("customer", "customer_profile.public.customers").field("email").toString());
    assertThat(answer.path("nodes"))
        .allSatisfy(n -> assertThat(n.path("type").asText()).isEqualTo("field"));
  }
}
