package dev.meshlens.api.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meshlens.api.SampleMeshServer;
import dev.meshlens.api.TestAuth;
import dev.meshlens.catalog.access.Role;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The asset profile page on the sample mesh: its tabs, the lineage picture, charts and a 404. */
@ExtendWith(SampleMeshServer.Extension.class)
class AssetUiTest {
  /** A dbt model with six upstream datasets whose own neighbours the graph can expand to. */
  static final String DAILY_SALES =
      "urn:meshlens:dataset:(postgres://sales-db.acme.internal:5432,"
          + "sales_performance.public.daily_sales_by_store)";

  /** An operational table with usage, a schema with glossary terms and a health score. */
  static final String OPEN_ORDERS =
      "urn:meshlens:dataset:(postgres://sales-db.acme.internal:5432,orders.public.open_orders)";

  private static Browser browser;
  private static SampleMeshServer server;

  @BeforeAll
  static void open(SampleMeshServer sampleMesh) {
    server = sampleMesh;
    browser = Browser.open(server.url());
    browser.signInWith(TestAuth.admin(server.meshlens()));
  }

  @AfterAll
  static void close() throws IOException {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void the_lineage_tab_draws_the_graph_and_expanding_a_node_merges_its_neighbours() {
    JsonNode answer = lineage(DAILY_SALES, 1);
    int apiNodes = answer.get("nodes").size();
    assertThat(apiNodes).isGreaterThan(1);
    String expandable = expandableNode(answer);

    browser.go(asset(DAILY_SALES) + "?tab=overview");
    browser.visible("h1");
    browser.visible("#tab-lineage").click();
    browser.until("location.hash.includes('tab=lineage')");
    new org.openqa.selenium.support.ui.Select(browser.visible("#lineage-depth")).selectByValue("1");
    untilGraphHas("=== " + apiNodes);
    assertThat(cyNodeCount()).isEqualTo(apiNodes);
    assertThat(browser.visible("#lineage-graph canvas").isDisplayed()).isTrue();
    assertThat(browser.visible("#lineage-counts").getText())
        .contains(apiNodes + " nodes")
        .contains(answer.get("edges").size() + " edges");
    assertThat(browser.route()).contains("depth=1");
    assertThat(cyNodeIds()).contains(DAILY_SALES, expandable);
    browser.screenshot("asset-lineage-before-expand");

    browser.visible(".node-button[data-node=\"" + expandable + "\"]").click();
    assertThat(browser.visible(".lineage-details h3").getText()).isNotBlank();
    browser.visible("#lineage-expand").click();
    browser.until("window.meshlensLineage.nodes('[!box]').length > " + apiNodes);

    Set<String> expected = new HashSet<>(ids(answer));
    expected.addAll(ids(lineage(expandable, 1)));
    assertThat(cyNodeCount()).isEqualTo(expected.size()).isGreaterThan(apiNodes);
    assertThat(cyNodeIds()).containsExactlyInAnyOrderElementsOf(expected);
    browser.until("document.querySelector('.lineage-details [role=status]')");
    assertThat(browser.visible(".lineage-details").getText()).contains("Added");
    browser.screenshot("asset-lineage-after-expand");
    assertThat(browser.consoleErrors()).isEmpty();
  }

  @Test
  void the_schema_filter_narrows_the_columns_to_those_that_match() {
    browser.go(asset(OPEN_ORDERS) + "?tab=schema");
    List<WebElement> rows = browser.atLeast("table.columns tbody tr", 2);
    int all = rows.size();
    WebElement filter = browser.visible("#column-filter");
    assertThat(
            browser.script("return document.querySelector('label[for=column-filter]').textContent"))
        .isEqualTo("Filter columns");

    filter.sendKeys("status");
    browser.until(
        "document.querySelectorAll('table.columns tbody tr:not([hidden])').length < " + all);
    List<String> shown = visibleRows();
    assertThat(shown)
        .isNotEmpty()
        .allSatisfy(row -> assertThat(row).containsIgnoringCase("status"));
    assertThat(browser.visible("#column-count").getText())
        .isEqualTo(shown.size() + " of " + all + " columns match");
    browser.screenshot("asset-schema-filtered");

    filter.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
    browser.until(
        "document.querySelectorAll('table.columns tbody tr:not([hidden])').length === " + all);
    assertThat(browser.consoleErrors()).isEmpty();
  }

  @Test
  void the_usage_tab_draws_a_chart_and_shows_the_30_day_count() {
    JsonNode usage = profile(OPEN_ORDERS).get("usage");
    long events = usage.get("last30Days").get("events").asLong();

    browser.go(asset(OPEN_ORDERS) + "?tab=usage");
    browser.visible("#usage-chart");
    browser.until("window.Chart && !!Chart.getChart(document.getElementById('usage-chart'))");
    Object points =
        browser.script(
            "return Chart.getChart(document.getElementById('usage-chart')).data.datasets[0].data.length");
    assertThat(points).isEqualTo((long) usage.get("daily").size());
    assertThat(browser.visible("#usage-30 .figure-value").getText())
        .isEqualTo(String.format("%,d", events));
    assertThat(browser.all(".consumers tbody tr")).hasSize(usage.get("topConsumers").size());
    browser.screenshot("asset-usage");
    assertThat(browser.consoleErrors()).isEmpty();
  }

  @Test
  void the_health_tab_shows_the_score_and_one_bar_per_component() {
    JsonNode health = scored(OPEN_ORDERS);

    browser.go(asset(OPEN_ORDERS) + "?tab=health");
    assertThat(browser.visible("#health-score").getText())
        .contains(String.format("%.1f", health.get("score").asDouble()))
        .contains(health.get("grade").asText());
    List<String> names = new ArrayList<>();
    health.get("components").forEach(c -> names.add(c.get("name").asText()));
    assertThat(browser.all(".breakdown .component .bar")).hasSize(names.size());
    assertThat(browser.all(".breakdown .component"))
        .extracting(e -> e.getAttribute("data-component"))
        .containsExactlyElementsOf(names);
    browser.until("window.Chart && !!Chart.getChart(document.querySelector('canvas.trend-chart'))");
    browser.screenshot("asset-health");
    assertThat(browser.consoleErrors()).isEmpty();
  }

  @Test
  void a_graph_cut_at_the_node_cap_says_so() {
    String product = "urn:meshlens:product:(sales,orders)";
    JsonNode answer =
        server.tree(
            server
                .get(
                    "/api/v1/lineage?direction=both&depth=2&nodeCap=25&urn="
                        + URLEncoder.encode(product, StandardCharsets.UTF_8))
                .body());
    assertThat(answer.get("limits").get("nodesOverCap").asLong()).isPositive();

    browser.go(asset(product) + "?tab=lineage&depth=2&nodeCap=25");
    untilGraphHas("=== " + answer.get("nodes").size());
    assertThat(browser.visible(".lineage-notices .notice-warn").getText())
        .startsWith("Truncated")
        .contains(answer.get("limits").get("nodesOverCap").asText() + " nodes over the cap of 25");
    assertThat(browser.visible("#lineage-cap").getAttribute("value")).isEqualTo("25");
    browser.screenshot("asset-lineage-truncated");
    assertThat(browser.consoleErrors()).isEmpty();
  }

  @Test
  void a_deep_link_to_the_lineage_tab_lands_on_it() {
    browser.go(asset(DAILY_SALES) + "?tab=lineage");
    browser.visible("#tab-lineage[aria-selected='true']");
    untilGraphHas("> 1");
    assertThat(browser.all("[role=tab][aria-selected='true']")).hasSize(1);
    assertThat(browser.visible("#asset-panel").getAttribute("aria-labelledby"))
        .isEqualTo("tab-lineage");
    assertThat(browser.route()).contains("tab=lineage");
    browser.screenshot("asset-lineage-deep-link");
    assertThat(browser.consoleErrors()).isEmpty();
  }

  @Test
  void arrow_keys_move_between_the_tabs_and_the_tab_goes_in_the_url() {
    browser.go(asset(OPEN_ORDERS));
    browser.visible("#tab-overview[aria-selected='true']").click();
    browser.visible(".overview");
    browser.screenshot("asset-overview");
    browser.visible("#tab-overview").sendKeys(Keys.ARROW_RIGHT);
    browser.visible("#tab-schema[aria-selected='true']");
    browser.until("location.hash.includes('tab=schema')");
    assertThat(browser.script("return document.activeElement.id")).isEqualTo("tab-schema");
    browser.visible("#column-filter");
    browser.screenshot("asset-tabs-keyboard");
    browser.visible("#tab-schema").sendKeys(Keys.END);
    browser.visible("#tab-history[aria-selected='true']");
    browser.until("location.hash.includes('tab=history')");
    assertThat(browser.atLeast(".history tbody tr", 1)).isNotEmpty();
    browser.screenshot("asset-history");
    assertThat(browser.consoleErrors()).isEmpty();
  }

  @Test
  void the_quality_tab_shows_freshness_against_the_sla_and_the_recent_runs() {
    JsonNode profile = profile(DAILY_SALES);
    String status = profile.get("freshness").get("status").asText();

    browser.go(asset(DAILY_SALES) + "?tab=quality");
    assertThat(browser.visible(".quality").getText()).contains("Freshness").contains(status);
    assertThat(browser.all(".quality .runs tbody tr"))
        .hasSize(profile.get("runs").get("recent").size());
    browser.screenshot("asset-quality");
    assertThat(browser.consoleErrors()).isEmpty();
  }

  @Test
  void the_column_level_draws_the_fields_inside_their_datasets() {
    JsonNode answer =
        server.tree(
            server
                .get(
                    "/api/v1/lineage?direction=both&level=column&depth=1&urn="
                        + URLEncoder.encode(DAILY_SALES, StandardCharsets.UTF_8))
                .body());

    browser.go(asset(DAILY_SALES) + "?tab=lineage&direction=both&depth=1&level=column");
    untilGraphHas("=== " + answer.get("nodes").size());
    assertThat(cyNodeIds()).containsExactlyInAnyOrderElementsOf(ids(answer));
    Object boxes = browser.script("return window.meshlensLineage.nodes(':parent').length");
    assertThat((Long) boxes).as("one box per dataset the fields belong to").isGreaterThan(1);
    assertThat(browser.visible("#lineage-level").getAttribute("value")).isEqualTo("column");
    browser.screenshot("asset-lineage-columns");
    assertThat(browser.consoleErrors()).isEmpty();
  }

  @Test
  void a_reader_sees_a_restricted_neighbour_as_a_hidden_asset() {
    String restricted = null;
    for (JsonNode hit :
        server.tree(server.get("/api/v1/search?q=three_way_match").body()).get("hits")) {
      if (hit.get("name").asText().equals("Three way match")) {
        restricted = hit.get("urn").asText();
      }
    }
    assertThat(restricted).as("the sample mesh's restricted dataset").isNotNull();
    String reader = TestAuth.token(server.meshlens(), "asset-ui-reader", Role.READER);
    String neighbour = null;
    for (JsonNode node : lineage(restricted, 2).get("nodes")) {
      String urn = node.get("urn").asText();
      if (node.get("distance").asInt() > 0
          && "dataset".equals(node.get("type").asText())
          && readerSees(urn, reader)) {
        neighbour = urn;
      }
    }
    assertThat(neighbour).as("a dataset near %s that readers see", restricted).isNotNull();
    try {
      browser.signInWith(reader);
      browser.go(asset(neighbour) + "?tab=lineage&depth=2");
      browser.until(
          "window.meshlensLineage && window.meshlensLineage.nodes('[?redacted]').length > 0");
      assertThat(cyNodeIds()).doesNotContain(restricted);
      assertThat(browser.visible(".lineage-list").getText())
          .contains("hidden asset")
          .doesNotContain("Three way match");
      browser.screenshot("asset-lineage-hidden-asset");
      assertThat(browser.consoleErrors()).isEmpty();
    } finally {
      browser.signInWith(TestAuth.admin(server.meshlens()));
      browser.consoleErrors();
    }
  }

  @Test
  void a_product_profile_shows_its_ports_and_health_but_no_schema() {
    String product = "urn:meshlens:product:(sales,orders)";
    scored(product);
    browser.go(asset(product));
    browser.visible("#tab-overview[aria-selected='true']");
    assertThat(browser.all("#tab-schema")).isEmpty();
    assertThat(browser.visible(".asset-header .type").getText()).isEqualToIgnoringCase("product");
    assertThat(browser.atLeast(".ports .card", 1).getFirst().getText()).isNotBlank();
    browser.screenshot("asset-product-overview");
    browser.visible("#tab-health").click();
    browser.atLeast(".breakdown .component", 1);
    browser.until("window.Chart && !!Chart.getChart(document.querySelector('canvas.trend-chart'))");
    browser.screenshot("asset-product-health");
    assertThat(browser.consoleErrors()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "urn:meshlens:domain:sales",
        "urn:meshlens:job:(sales-pipelines,sales.sales-performance.build_sales_kpis)",
        "urn:meshlens:term:order",
        "urn:meshlens:contract:sales.orders.orders",
        "urn:meshlens:owner:team:sales-data"
      })
  void every_type_of_asset_has_a_profile_with_its_name_and_sections(String urn) {
    JsonNode profile = profile(urn);

    browser.go(asset(urn));
    assertThat(browser.visible("h1").getText()).startsWith(profile.get("name").asText());
    assertThat(browser.visible(".asset-header .type").getText())
        .isEqualToIgnoringCase(profile.get("type").asText());
    assertThat(browser.visible(".overview").getText()).contains("Owners").contains("About");
    browser.screenshot("asset-type-" + profile.get("type").asText());
    assertThat(browser.consoleErrors()).isEmpty();
  }

  @Test
  void a_column_opens_from_the_schema_and_shows_its_column_lineage() {
    browser.go(asset(DAILY_SALES) + "?tab=schema");
    browser.visible("tr[data-column='currency_code'] a").click();
    browser.until("location.hash.includes('currency_code')");
    assertThat(browser.visible("h1").getText()).startsWith("currency_code");
    assertThat(browser.visible(".breadcrumb").getText()).contains("Daily sales by store");
    assertThat(browser.visible(".overview").getText())
        .contains("Column lineage")
        .contains("Upstream columns (1)");
    browser.screenshot("asset-column-overview");

    browser.visible("#tab-lineage").click();
    untilGraphHas("> 1");
    assertThat(browser.all("#lineage-level"))
        .as("a column's lineage is always at the column level")
        .isEmpty();
    browser.screenshot("asset-column-lineage");
    assertThat(browser.consoleErrors()).isEmpty();
  }

  @Test
  void an_unknown_asset_shows_a_not_found_message() {
    browser.go(asset("urn:meshlens:dataset:(postgres://nowhere:5432,no.such.table)"));
    assertThat(browser.visible(".asset-missing").getText())
        .contains("not found or not visible to you");
    assertThat(browser.visible("h1").getText()).isEqualTo("Asset");
    browser.screenshot("asset-not-found");
    assertThat(browser.consoleErrors())
        .allSatisfy(error -> assertThat(error).contains("404"))
        .hasSizeLessThanOrEqualTo(1);
  }

  private static String asset(String urn) {
    return "#/asset/" + URLEncoder.encode(urn, StandardCharsets.UTF_8);
  }

  private static JsonNode profile(String urn) {
    return server.tree(
        server.get("/api/v1/assets/" + URLEncoder.encode(urn, StandardCharsets.UTF_8)).body());
  }

  /**
   * Waits until the lineage graph of this page is drawn with a node count meeting the condition.
   */
  private static void untilGraphHas(String nodes) {
    browser.until(
        "window.meshlensLineage && !window.meshlensLineage.destroyed()"
            + " && Number(document.getElementById('lineage-graph')?.dataset.nodes) "
            + nodes);
  }

  /** The asset's health section, once the score job (which runs after the mesh loads) scored it. */
  private static JsonNode scored(String urn) {
    return browser
        .waiter()
        .until(d -> {
          JsonNode health = profile(urn).get("health");
          return health.get("known").asBoolean() ? health : null;
        });
  }

  private static boolean readerSees(String urn, String reader) {
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(
                    server.url()
                        + "/api/v1/assets/"
                        + URLEncoder.encode(urn, StandardCharsets.UTF_8)))
            .header("Authorization", "Bearer " + reader)
            .build();
    return server.sendAnonymously(request).statusCode() == 200;
  }

  private static JsonNode lineage(String urn, int depth) {
    return server.tree(
        server
            .get(
                "/api/v1/lineage?direction=both&level=dataset&depth="
                    + depth
                    + "&urn="
                    + URLEncoder.encode(urn, StandardCharsets.UTF_8))
            .body());
  }

  /** A node of the answer whose own neighbours are not all in the answer. */
  private static String expandableNode(JsonNode answer) {
    Set<String> known = new HashSet<>(ids(answer));
    for (JsonNode node : answer.get("nodes")) {
      String urn = node.path("urn").asText(null);
      if (urn != null
          && node.get("distance").asInt() > 0
          && !known.containsAll(ids(lineage(urn, 1)))) {
        return urn;
      }
    }
    throw new AssertionError("no node of " + answer + " has more neighbours");
  }

  private static List<String> ids(JsonNode answer) {
    List<String> ids = new ArrayList<>();
    answer
        .get("nodes")
        .forEach(n -> ids.add(n.has("urn") ? n.get("urn").asText() : n.get("ref").asText()));
    return ids;
  }

  private static long cyNodeCount() {
    return (Long) browser.script("return window.meshlensLineage.nodes('[!box]').length");
  }

  @SuppressWarnings("unchecked")
  private static List<String> cyNodeIds() {
    return (List<String>)
        browser.script("return window.meshlensLineage.nodes('[!box]').map(n => n.id())");
  }

  private static List<String> visibleRows() {
    return browser.all("table.columns tbody tr:not([hidden])").stream()
        .map(WebElement::getText)
        .toList();
  }
}
