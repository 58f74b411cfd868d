package dev.meshlens.sample.mesh;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meshlens.sample.mesh.model.Blueprint;
import dev.meshlens.sample.mesh.model.Column;
import dev.meshlens.sample.mesh.model.Mesh;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MeshContentTest {
  private static final Instant ANCHOR = Instant.parse("2026-11-20T00:00:00Z");

  private static MeshIndex mesh;
  private static List<JsonNode> events;
  private static List<JsonNode> queries;

  @BeforeAll
  static void load() throws Exception {
    mesh = new MeshIndex(MeshFixture.committedMesh());
    events = MeshFixture.ndjson(mesh.root.resolve(LineageWriter.FILE));
    queries = MeshFixture.ndjson(mesh.root.resolve(UsageLogWriter.FILE));
  }

  @Test
  void has_six_domains_and_twenty_four_products_with_four_or_more_each() {
    JsonNode meshFile = MeshFixture.yaml(mesh.root.resolve("mesh.yaml"));
    assertThat(meshFile.path("domains").size()).isGreaterThanOrEqualTo(6);
    assertThat(mesh.products).hasSizeGreaterThanOrEqualTo(24);
    Map<String, Integer> perDomain = new HashMap<>();
    mesh.products
        .keySet()
        .forEach(k -> perDomain.merge(k.substring(0, k.indexOf('/')), 1, Integer::sum));
    assertThat(perDomain.values()).allMatch(n -> n >= 4);
  }

  @Test
  void has_three_hundred_datasets_and_three_thousand_columns() {
    assertThat(mesh.datasetDomain).hasSizeGreaterThanOrEqualTo(300);
    assertThat(mesh.datasetColumns.values().stream().mapToInt(Integer::intValue).sum())
        .isGreaterThanOrEqualTo(3_000);
  }

  @Test
  void about_a_fifth_of_the_column_descriptions_are_missing() {
    Mesh model = Blueprint.acmeOutfitters();
    List<Column> columns =
        model.datasetsById().values().stream().flatMap(d -> d.columns().stream()).toList();
    double missing =
        columns.stream().filter(c -> c.description() == null).count() / (double) columns.size();
    assertThat(missing).isBetween(0.15, 0.25);
  }

  @Test
  void the_glossary_has_forty_terms_with_synonyms() {
    assertThat(mesh.terms).hasSizeGreaterThanOrEqualTo(40);
    assertThat(mesh.terms.values())
        .allMatch(t -> t.path("synonyms").size() > 0 && !t.path("definition").asText().isBlank());
    assertThat(mesh.terms.get("customer").path("synonyms").toString())
        .contains("client", "shopper");
    assertThat(mesh.terms.get("revenue").path("synonyms").toString()).contains("turnover", "sales");
    assertThat(mesh.terms.get("sku").path("synonyms").toString())
        .contains("article number", "product code");
  }

  @Test
  void lineage_runs_through_five_domains_from_the_landing_bucket() {
    LineageGraph graph = new LineageGraph(events);
    List<String> waypoints =
        List.of(
            "s3://acme-landing/supplier-feeds/items",
            "postgres://product-catalog-db.acme.internal:5432/product_master.public.product_variants",
            "postgres://sales-db.acme.internal:5432/orders.public.orders",
            "postgres://customer-db.acme.internal:5432/customer_360.public.customer_360",
            "postgres://marketing-db.acme.internal:5432/customer_segments.public.segment_sizes_daily",
            "postgres://finance-db.acme.internal:5432/financial_forecasts.public.revenue_forecast_monthly");
    List<String> path = new ArrayList<>(List.of(waypoints.get(0)));
    for (int i = 1; i < waypoints.size(); i++) {
      List<String> leg = graph.path(waypoints.get(i - 1), waypoints.get(i));
      assertThat(leg)
          .as("lineage from %s to %s", waypoints.get(i - 1), waypoints.get(i))
          .isNotEmpty();
      path.addAll(leg.subList(1, leg.size()));
    }
    List<String> domains = path.stream().map(mesh.datasetDomain::get).distinct().toList();
    assertThat(domains).as("domains along %s", path).hasSizeGreaterThanOrEqualTo(5);
  }

  @Test
  void usage_is_skewed_towards_a_few_hot_datasets() {
    Map<String, Integer> counts = usageCounts(queries);
    List<Map.Entry<String, Integer>> ranked =
        counts.entrySet().stream()
            .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
            .toList();
    int median = ranked.get(ranked.size() / 2).getValue();
    assertThat(ranked.get(0).getValue()).as("top dataset vs median").isGreaterThan(20 * median);
    assertThat(
            ranked.subList(0, Scenario.HOT.size()).stream()
                .map(e -> e.getKey().substring(e.getKey().lastIndexOf('/') + 1))
                .toList())
        .containsExactlyElementsOf(Scenario.HOT);
  }

  @Test
  void some_datasets_rise_and_some_decline_over_the_sixty_days() {
    Instant middle = ANCHOR.minus(Duration.ofDays(30));
    List<JsonNode> early =
        queries.stream()
            .filter(q -> Instant.parse(q.path("time").asText()).isBefore(middle))
            .toList();
    List<JsonNode> late =
        queries.stream()
            .filter(q -> !Instant.parse(q.path("time").asText()).isBefore(middle))
            .toList();
    Map<String, Integer> before = byName(usageCounts(early));
    Map<String, Integer> after = byName(usageCounts(late));
    Scenario.RISING.forEach(
        n -> assertThat(after.get(n)).as("rising %s", n).isGreaterThan(2 * before.get(n)));
    Scenario.DECLINING.forEach(
        n -> assertThat(before.get(n)).as("declining %s", n).isGreaterThan(2 * after.get(n)));
  }

  @Test
  void unused_and_internal_datasets_are_never_queried() {
    Map<String, Integer> counts = byName(usageCounts(queries));
    assertThat(counts.keySet()).doesNotContainAnyElementsOf(Scenario.UNUSED);
    assertThat(counts.keySet()).noneMatch(n -> n.contains(".public.stg_") || n.contains("flyway"));
    long neverQueried =
        mesh.datasetDomain.keySet().stream()
            .filter(id -> !counts.containsKey(id.substring(id.indexOf('/', 12) + 1)))
            .count();
    assertThat(neverQueried).isGreaterThan(50);
  }

  @Test
  void runs_fail_and_are_retried() {
    List<JsonNode> failures =
        events.stream().filter(e -> e.path("eventType").asText().equals("FAIL")).toList();
    assertThat(failures).hasSizeGreaterThan(50);
    assertThat(failures)
        .allMatch(e ->
            !e.path("run").path("facets").path("errorMessage").path("message").asText().isBlank());
    assertThat(
            failures.stream()
                .filter(e -> e.path("job").path("name").asText().equals(Scenario.FLAKY_JOB))
                .count())
        .isGreaterThan(5);
  }

  @Test
  void the_broken_carrier_pipeline_misses_its_freshness_sla() {
    Instant lastSuccess = lastEvent(Scenario.BROKEN_JOB, "COMPLETE");
    int sla =
        mesh.contracts
            .get("logistics.carrier-performance.carrier-scorecards")
            .path("slaProperties")
            .get(0)
            .path("value")
            .asInt();
    assertThat(sla).isEqualTo(24);
    assertThat(Duration.between(lastSuccess, ANCHOR)).isGreaterThan(Duration.ofHours(sla * 3L));
    assertThat(lastEvent(Scenario.BROKEN_JOB, "FAIL")).isAfter(ANCHOR.minus(Duration.ofDays(1)));
  }

  @Test
  void the_silent_web_analytics_pipeline_misses_its_freshness_sla() {
    Instant last =
        events.stream()
            .filter(e -> e.path("job").path("name").asText().startsWith("marketing.web-analytics."))
            .map(e -> Instant.parse(e.path("eventTime").asText()))
            .max(Instant::compareTo)
            .orElseThrow();
    assertThat(Duration.between(last, ANCHOR)).isGreaterThan(Duration.ofHours(48));
    assertThat(
            mesh.contracts
                .get("marketing.web-analytics.web-analytics")
                .path("slaProperties")
                .get(0)
                .path("value")
                .asInt())
        .isEqualTo(2);
  }

  @Test
  void quality_assertions_and_dbt_tests_report_failures() {
    long failedAssertions =
        events.stream()
            .flatMap(e -> StreamSupport.stream(e.path("inputs").spliterator(), false))
            .flatMap(d ->
                StreamSupport.stream(
                    d.path("inputFacets")
                        .path("dataQualityAssertions")
                        .path("assertions")
                        .spliterator(),
                    false))
            .filter(a -> !a.path("success").asBoolean())
            .count();
    assertThat(failedAssertions).isGreaterThan(3);
    List<String> statuses = new ArrayList<>();
    MeshFixture.files(mesh.root.resolve("dbt"), "run_results.json")
        .forEach(f ->
            MeshFixture.json(f)
                .path("results")
                .forEach(r -> statuses.add(r.path("status").asText())));
    assertThat(statuses).contains("fail", "warn", "pass", "success");
  }

  @Test
  void product_databases_hold_rows_with_intact_foreign_keys() throws Exception {
    List<Integer> counts = new ArrayList<>();
    for (Path db : MeshFixture.files(mesh.root.resolve("databases"), ".sqlite")) {
      try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
          Statement s = c.createStatement()) {
        try (ResultSet violations = s.executeQuery("PRAGMA foreign_key_check")) {
          assertThat(violations.next())
              .as("foreign key violations in %s", db.getFileName())
              .isFalse();
        }
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
          while (rs.next()) {
            tables.add(rs.getString(1));
          }
        }
        for (String table : tables) {
          try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM \"" + table + "\"")) {
            counts.add(rs.getInt(1));
          }
        }
      }
    }
    assertThat(counts).allMatch(n -> n >= 4 && n <= 200);
    assertThat(counts.stream().filter(n -> n >= 20).count())
        .isGreaterThan(counts.size() * 95L / 100);
  }

  @Test
  void names_include_spaces_and_camel_case() {
    assertThat(mesh.datasetDomain)
        .containsKey("postgres://sales-db.acme.internal:5432/store_sales.public.POS Receipt Lines");
    assertThat(mesh.contracts.get("marketing.campaign-performance.campaign-performance").toString())
        .contains("clickThroughRate");
  }

  private static Instant lastEvent(String job, String type) {
    return events.stream()
        .filter(e ->
            e.path("job").path("name").asText().equals(job)
                && e.path("eventType").asText().equals(type))
        .map(e -> Instant.parse(e.path("eventTime").asText()))
        .max(Instant::compareTo)
        .orElseThrow();
  }

  private static Map<String, Integer> usageCounts(List<JsonNode> rows) {
    Map<String, Integer> counts = new HashMap<>();
    rows.forEach(
        q -> q.path("datasets").forEach(d -> counts.merge(MeshIndex.id(d), 1, Integer::sum)));
    return counts;
  }

  private static Map<String, Integer> byName(Map<String, Integer> counts) {
    Map<String, Integer> byName = new HashMap<>();
    counts.forEach(
        (id, n) -> byName.put(id.substring(id.indexOf('/', id.indexOf("//") + 2) + 1), n));
    return byName;
  }
}
