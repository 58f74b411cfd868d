package dev.meshlens.api.ui;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meshlens.api.SampleMeshServer;
import java.io.IOException;
import java.net.URLEncoder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebElement;

/**
 * The products and domains leaderboards and their health pages show what the health API answers:
 * ranked scores, the score and grade, one bar per component, the trend chart, and what to fix first
 * in order.
 */
@ExtendWith(SampleMeshServer.Extension.class)
class HealthUiTest {
  private static SampleMeshServer server;
  private static Browser browser;

  @BeforeAll
  static void open(SampleMeshServer shared) {
    server = shared;
    browser = Browser.open(server.url());
    // the scores are computed after the sample mesh's crawls
    browser
        .waiter()
        .until(d -> scored("/api/v1/products?size=500") && scored("/api/v1/domains?size=500"));
  }

  @AfterAll
  static void close() throws IOException {
    if (browser != null) {
      browser.close();
    }
  }

  static boolean scored(String board) {
    return api(board).findValues("score").stream().noneMatch(JsonNode::isNull);
  }

  static JsonNode api(String pathAndQuery) {
    return server.tree(server.get(pathAndQuery).body());
  }

  static String enc(String value) {
    // as the page's encodeURIComponent: parentheses stay as they are
    return URLEncoder.encode(value, UTF_8)
        .replace("+", "%20")
        .replace("%28", "(")
        .replace("%29", ")");
  }

  static String score(JsonNode value) {
    return String.format(Locale.ROOT, "%.1f", value.asDouble());
  }

  static List<Double> scores(List<WebElement> cells) {
    return cells.stream().map(c -> Double.parseDouble(c.getText())).toList();
  }

  @Test
  void the_products_leaderboard_ranks_products_by_score_as_the_api_does() {
    JsonNode first = api("/api/v1/products?size=1").path("items").path(0);

    browser.go("#/products");
    List<WebElement> rows = browser.atLeast("table.leaderboard tbody tr", 2);
    List<Double> shown = scores(browser.all("table.leaderboard td.score"));

    assertThat(rows).hasSize(20);
    assertThat(shown.get(0)).isGreaterThanOrEqualTo(shown.get(1));
    assertThat(shown).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    assertThat(rows.get(0).getText())
        .contains(first.path("name").asText())
        .contains(score(first.path("health").path("score")));
    assertThat(browser.visible(".board-status").getText()).isEqualTo("33 products, page 1 of 2");
    browser.screenshot("health-products-leaderboard");

    browser.visible(".pager button:last-child").click();
    browser.until("location.hash === '#/products?page=2'");
    assertThat(browser.visible(".board-status").getText()).isEqualTo("33 products, page 2 of 2");
    assertThat(browser.atLeast("table.leaderboard td.rank", 13).getFirst().getText())
        .isEqualTo("21");
    assertThat(browser.consoleErrors()).isEmpty();
  }

  @Test
  void the_leaderboard_filters_by_domain_and_sorts_by_name_with_its_state_in_the_url() {
    browser.go("#/products?domain=logistics&sort=name");
    browser.until("document.querySelectorAll('table.leaderboard tbody tr').length === 4");

    List<String> names =
        browser.all("table.leaderboard tbody td:nth-child(2)").stream()
            .map(WebElement::getText)
            .toList();
    assertThat(names)
        .containsExactly(
            "Carrier Performance", "Fulfillment Events", "Shipments", "Warehouse Operations");
    assertThat(browser.all("table.leaderboard tbody td:nth-child(3)"))
        .extracting(WebElement::getText)
        .containsOnly("logistics");
    browser.screenshot("health-products-logistics-by-name");

    browser.visible("table.leaderboard th button.sort[aria-pressed=false]").click(); // Score
    browser.until("location.hash === '#/products?domain=logistics'");
    browser.until("document.querySelector('table.leaderboard th.num[aria-sort=descending]')");
    assertThat(browser.visible("#board-sort").getDomProperty("value")).isEqualTo("health");
    assertThat(scores(browser.all("table.leaderboard td.score")))
        .hasSize(4)
        .isSortedAccordingTo((a, b) -> Double.compare(b, a));
    assertThat(browser.consoleErrors()).isEmpty();
  }

  @Test
  void a_product_page_shows_its_score_breakdown_trend_drivers_and_ports() {
    String urn = "urn:meshlens:product:(logistics,carrier-performance)";
    JsonNode health = api("/api/v1/products/" + enc(urn) + "/health");

    browser.go("#/products?domain=logistics");
    browser.visible("table.leaderboard a[href='#/product/" + enc(urn) + "']").click();
    browser.until("location.hash === '#/product/" + enc(urn) + "'");

    assertThat(browser.visible("main h1").getText()).isEqualTo(health.path("name").asText());
    assertThat(browser.visible(".score-big").getText()).isEqualTo(score(health.path("score")));
    assertThat(browser.visible(".grade-big").getText()).isEqualTo(health.path("grade").asText());
    if (health.path("cap").isNull()) {
      assertThat(browser.all(".notice-warn")).as("no cap, no notice").isEmpty();
    } else {
      assertThat(browser.visible(".notice-warn").getText())
          .contains("Score capped")
          .contains(health.path("cap").asText());
    }
    assertThat(browser.all(".breakdown .component .component-bar"))
        .hasSize(health.path("components").size());
    List<String> components = new ArrayList<>();
    health.path("components").forEach(c -> components.add(c.path("name").asText()));
    assertThat(browser.all(".breakdown .component"))
        .extracting(e -> e.getDomAttribute("data-component"))
        .containsExactlyElementsOf(components);
    browser.visible("canvas.trend-chart");
    browser.until(
        "!!(window.Chart && Chart.getChart(document.querySelector('canvas.trend-chart')))");

    List<String> actions = new ArrayList<>();
    health.path("drivers").forEach(d -> actions.add(d.path("action").asText()));
    assertThat(actions).isNotEmpty();
    assertThat(browser.all(".drivers li .action"))
        .extracting(WebElement::getText)
        .containsExactlyElementsOf(actions);
    assertThat(scores(browser.all(".drivers .points").stream().toList(), " pts"))
        .isSortedAccordingTo((a, b) -> Double.compare(b, a));
    assertThat(browser.all("table.parts tbody tr")).hasSize(health.path("ports").size());
    assertThat(browser.all("table.parts tbody a").getFirst().getDomAttribute("href"))
        .startsWith("#/asset/");
    browser.screenshot("health-product-page");
    assertThat(browser.consoleErrors()).isEmpty();
  }

  static List<Double> scores(List<WebElement> badges, String suffix) {
    return badges.stream()
        .map(b -> Double.parseDouble(b.getText().replace(suffix, "").replace("+", "")))
        .toList();
  }

  @Test
  void the_domains_leaderboard_and_a_domain_page_show_the_domains_health() {
    JsonNode first = api("/api/v1/domains").path("items").path(0);
    JsonNode logistics = api("/api/v1/domains/logistics/health");

    browser.go("#/domains");
    List<WebElement> rows = browser.atLeast("table.leaderboard tbody tr", 7);
    assertThat(rows).hasSize(7);
    assertThat(rows.getFirst().getText())
        .contains(first.path("name").asText())
        .contains(score(first.path("health").path("score")));
    assertThat(scores(browser.all("table.leaderboard td.score")))
        .isSortedAccordingTo((a, b) -> Double.compare(b, a));
    int products = api("/api/v1/products?domain=logistics&size=1").path("total").asInt();
    browser.until(
        "document.querySelector(\"a[href='#/domain/logistics']\").closest('tr')"
            + ".querySelector('td.products').textContent === '"
            + products
            + " products'");
    browser.screenshot("health-domains-leaderboard");

    browser.visible("table.leaderboard a[href='#/domain/logistics']").click();
    assertThat(browser.visible("main h1").getText()).isEqualTo("logistics");
    assertThat(browser.visible(".score-big").getText()).isEqualTo(score(logistics.path("score")));
    assertThat(browser.all("table.parts tbody tr")).hasSize(logistics.path("products").size());
    assertThat(browser.all("table.parts tbody a").getFirst().getDomAttribute("href"))
        .startsWith("#/product/");
    assertThat(browser.all(".drivers li")).hasSize(logistics.path("drivers").size());
    browser.visible("canvas.trend-chart");
    browser.screenshot("health-domain-page");
    assertThat(browser.consoleErrors()).isEmpty();
  }

  @Test
  void an_unknown_product_shows_the_api_problem() {
    browser.go("#/product/" + enc("urn:meshlens:product:(nowhere,nothing)"));
    assertThat(browser.visible("main [role=alert]").getText()).contains("nowhere");
    browser.screenshot("health-product-unknown");
    assertThat(browser.consoleErrors()).singleElement().asString().contains("404");
  }
}
