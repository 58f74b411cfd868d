package dev.meshlens.api.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import dev.meshlens.api.SampleMeshServer;
import dev.meshlens.api.TestAuth;
import dev.meshlens.catalog.access.Role;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every page passes Deque's axe-core checks of WCAG 2.1 A and AA (labels, names, roles, contrast,
 * landmarks, ARIA use) in the browser, signed in as a steward so that the SPARQL console is there.
 */
@ExtendWith(SampleMeshServer.Extension.class)
class AccessibilityUiTest {
  private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
  private static final String OPEN_ORDERS =
      "urn:meshlens:dataset:(postgres://sales-db.acme.internal:5432,orders.public.open_orders)";
  private static final String ORDERS_PRODUCT = "urn:meshlens:product:(sales,orders)";

  /** The page has drawn: a heading, nothing loading, no request in flight marked busy. */
  private static final String DRAWN =
      "document.querySelector('main h1') && !document.querySelector('main .loading')"
          + " && !document.querySelector('main [aria-busy=true]')";

  private static Browser browser;

  @BeforeAll
  static void open(SampleMeshServer server) {
    browser = Browser.open(server.url());
    String steward = TestAuth.token(server.meshlens(), "ui-steward", Role.STEWARD);
    browser.signInWith(steward);
  }

  @AfterAll
  static void close() throws IOException {
    if (browser != null) {
      browser.close();
    }
  }

  static Stream<Arguments> pages() {
    String product = URLEncoder.encode(ORDERS_PRODUCT, StandardCharsets.UTF_8);
    return Stream.of(
            "#/search",
            "#/search?q=orders",
            asset(""),
            asset("?tab=schema"),
            asset("?tab=lineage"),
            asset("?tab=usage"),
            asset("?tab=quality"),
            asset("?tab=health"),
            asset("?tab=history"),
            "#/products",
            "#/product/" + product,
            "#/domains",
            "#/domain/sales",
            "#/governance?urn=" + URLEncoder.encode(OPEN_ORDERS, StandardCharsets.UTF_8),
            "#/sources",
            "#/signin")
        .map(Arguments::of);
  }

  private static String asset(String query) {
    return "#/asset/" + URLEncoder.encode(OPEN_ORDERS, StandardCharsets.UTF_8) + query;
  }

  @ParameterizedTest
  @MethodSource("pages")
  void the_page_passes_the_wcag_checks_of_axe_core(String route) {
    Results results = check(route);
    browser.screenshot(
        "a11y-"
            + route
                .replaceAll("%[0-9A-F]{2}", "-")
                .replaceAll("[^a-z]+", "-")
                .replaceAll("^-|-$", ""));

    assertThat(results.getPasses()).as("axe checked the page").isNotEmpty();
    assertThat(results.getViolations()).as(describe(route, results.getViolations())).isEmpty();
  }

  @Test
  void the_check_catches_a_field_without_a_label() {
    browser.reload("#/search");
    browser.until(DRAWN);
    browser.script("document.querySelector('main').append(document.createElement('input'))");
    Results results = new AxeBuilder().withTags(WCAG).analyze(browser.driver());
    assertThat(results.getViolations()).extracting(Rule::getId).contains("label");
  }

  private static Results check(String route) {
    browser.reload(route);
    browser.until(DRAWN);
    Results results = new AxeBuilder().withTags(WCAG).analyze(browser.driver());
    assertThat(results.isErrored()).as(results.getErrorMessage()).isFalse();
    return results;
  }

  private static String describe(String route, List<Rule> violations) {
    return route
        + ": "
        + violations.stream()
            .map(rule ->
                rule.getId()
                    + " ("
                    + rule.getImpact()
                    + "): "
                    + rule.getHelp()
                    + " at "
                    + rule.getNodes().stream()
                        .limit(5)
                        .map(CheckedNode::getTarget)
                        .map(String::valueOf)
                        .collect(Collectors.joining(", ")))
            .collect(Collectors.joining("; "));
  }
}
