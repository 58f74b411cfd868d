package dev.meshlens.api.ui;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meshlens.api.SampleMeshServer;
import dev.meshlens.api.TestAuth;
import dev.meshlens.catalog.access.Role;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Governance: the impact of a change to a dataset, picked with the suggesting search box, shows the
 * API's affected products, domains and owners; stewards run the example SPARQL queries and see the
 * server's problem for a malformed one.
 */
@ExtendWith(SampleMeshServer.Extension.class)
class GovernanceUiTest {
  static final String ORDER_LINES =
      "urn:meshlens:dataset:(postgres://sales-db.acme.internal:5432,orders.public.order_lines)";

  private static SampleMeshServer server;
  private static Browser browser;
  private static String steward;

  @BeforeAll
  static void open(SampleMeshServer shared) {
    server = shared;
    steward = TestAuth.token(server.meshlens(), "ui-steward", Role.STEWARD);
    browser = Browser.open(server.url());
  }

  @AfterAll
  static void close() throws IOException {
    if (browser != null) {
      browser.close();
    }
  }

  @BeforeEach
  void signed_out() {
    browser.go("");
    browser.script("localStorage.removeItem('meshlens.token')");
    browser.consoleErrors(); // what earlier tests left in the log
  }

  static String q(String value) {
    return URLEncoder.encode(value, UTF_8);
  }

  static JsonNode anonymously(String pathAndQuery) {
    return server.tree(
        server
            .sendAnonymously(
                HttpRequest.newBuilder(URI.create(server.url() + pathAndQuery)).build())
            .body());
  }

  static JsonNode sparql(String query) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(server.url() + "/sparql"))
            .header("Authorization", "Bearer " + steward)
            .header("Content-Type", "application/sparql-query")
            .POST(HttpRequest.BodyPublishers.ofString(query))
            .build();
    return server.tree(server.send(request).body());
  }

  @Test
  void the_impact_of_a_dataset_lists_what_it_affects_with_the_apis_counts() {
    JsonNode impact = anonymously("/api/v1/lineage/impact?urn=" + q(ORDER_LINES));
    assertThat(impact.path("products").size()).isGreaterThan(10);

    browser.go("#/governance");
    WebElement input = browser.visible("#impact-asset");
    input.sendKeys("Order lin");
    WebElement option =
        browser.atLeast("#impact-asset-list [role=option]", 1).stream()
            .filter(o -> o.getText().contains("orders.public.order_lines"))
            .findFirst()
            .orElseThrow();
    option.click();

    browser.until("decodeURIComponent(location.hash).includes('orders.public.order_lines')");
    assertThat(browser.route()).isEqualTo("#/governance?urn=" + ORDER_LINES);
    assertThat(browser.visible(".impact-title").getText()).isEqualTo("Impact of Order lines");
    for (String group : List.of("products", "domains", "owners", "datasets")) {
      assertThat(browser.visible(".impact-counts [data-group=" + group + "] .count").getText())
          .as(group)
          .isEqualTo(String.valueOf(impact.path(group).size()));
    }
    String products = ".impact-group[data-group=products] tbody tr";
    assertThat(browser.all(products)).hasSize(10);
    browser.screenshot("governance-impact");
    browser.visible(".impact-group[data-group=products] button.show-all").click();
    assertThat(browser.all(products)).hasSize(impact.path("products").size());
    List<String> names = new ArrayList<>();
    impact.path("products").forEach(p -> names.add(p.path("name").asText(null)));
    assertThat(browser.all(products + " td:first-child"))
        .extracting(WebElement::getText)
        .containsExactlyElementsOf(
            names.stream().map(n -> n == null ? "A product you may not see" : n).toList());
    assertThat(browser.consoleErrors()).isEmpty();
  }

  @Test
  void the_picker_works_from_the_keyboard_and_a_shared_link_opens_the_same_impact() {
    browser.go("#/governance");
    WebElement input = browser.visible("#impact-asset");
    input.sendKeys("Order lin");
    browser.atLeast("#impact-asset-list [role=option]", 1);
    input.sendKeys(Keys.ARROW_DOWN);
    assertThat(input.getDomAttribute("aria-activedescendant")).isEqualTo("impact-asset-list-0");
    input.sendKeys(Keys.ENTER);
    browser.visible(".impact-counts");
    assertThat(browser.all("#impact-asset-list[hidden]")).hasSize(1);

    browser.go("#/governance?urn=" + q(ORDER_LINES));
    assertThat(browser.visible(".impact-title").getText()).isEqualTo("Impact of Order lines");
    browser.until("document.querySelector('#impact-asset').value === 'Order lines'");
    assertThat(browser.consoleErrors()).isEmpty();
  }

  @Test
  void a_steward_runs_an_example_query_and_sees_its_rows_as_a_table() {
    browser.signInWith(steward);
    browser.go("#/governance");
    new Select(browser.visible("#sparql-example"))
        .selectByVisibleText("Product-to-product consumption across domains");
    String query = browser.visible("#sparql-query").getDomProperty("value");
    JsonNode answer = sparql(query);
    int rows = answer.path("results").path("bindings").size();
    assertThat(rows).isPositive();

    browser.visible(".sparql button[type=submit]").click();

    browser.visible(".sparql-table");
    assertThat(browser.all(".sparql-table thead th"))
        .extracting(WebElement::getText)
        .containsExactly("consumer", "consumerDomain", "producer", "producerDomain");
    assertThat(browser.all(".sparql-table tbody tr")).hasSize(rows);
    assertThat(browser.visible(".sparql-count").getText()).startsWith(rows + " rows");
    assertThat(browser.all(".sparql-table tbody a").getFirst().getDomAttribute("href"))
        .startsWith("#/product/");
    browser.script("document.querySelector('.sparql-results').scrollIntoView()");
    browser.screenshot("governance-sparql-results");
    assertThat(browser.consoleErrors()).isEmpty();
  }

  @Test
  void a_malformed_query_shows_the_servers_400_problem() {
    String malformed = "SELEC ?x WHERE { ?x ?p ?o }";
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(server.url() + "/sparql"))
            .header("Authorization", "Bearer " + steward)
            .header("Content-Type", "application/sparql-query")
            .POST(HttpRequest.BodyPublishers.ofString(malformed))
            .build();
    var response = server.send(request);
    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode problem = server.tree(response.body());

    browser.signInWith(steward);
    browser.go("#/governance");
    WebElement textarea = browser.visible("#sparql-query");
    textarea.sendKeys(malformed);
    textarea.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));

    assertThat(browser.visible(".sparql-results [role=alert]").getText())
        .isEqualToNormalizingWhitespace(
            problem.path("title").asText() + ": " + problem.path("detail").asText());
    browser.script("document.querySelector('.sparql-results').scrollIntoView()");
    browser.screenshot("governance-sparql-malformed");
    assertThat(browser.consoleErrors()).singleElement().asString().contains("400");
  }

  @Test
  void the_consoles_examples_are_the_documented_governance_queries() throws IOException {
    Path docs = Path.of("..", "docs", "governance-queries.md");
    Matcher blocks =
        Pattern.compile("```sparql\\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(docs));
    List<String> documented = new ArrayList<>();
    while (blocks.find()) {
      documented.add(blocks.group(1));
    }
    browser.go("#/governance");
    browser.visible("h1");
    Object offered =
        browser.asyncScript(
            "import('/js/pages/governance-queries.js')"
                + ".then(m => done(m.EXAMPLES.map(e => e.query)));");
    assertThat(offered).asList().isEqualTo(documented);
  }
}
