package dev.meshlens.api.ui;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meshlens.api.SampleMeshServer;
import dev.meshlens.api.TestAuth;
import dev.meshlens.catalog.access.Role;
import java.io.IOException;
import java.net.URLEncoder;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebElement;

/**
 * Who sees what: a reader signed in through the sign-in form never sees the restricted dataset
 * "Three way match" that an admin finds; a bad token is refused with the server's 401 problem; and
 * signed-out users see neither the SPARQL console nor "Run now".
 */
@ExtendWith(SampleMeshServer.Extension.class)
class AccessUiTest {
  static final String RESTRICTED = "Three way match";
  private static SampleMeshServer server;
  private static Browser browser;

  @BeforeAll
  static void open(SampleMeshServer shared) {
    server = shared;
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
    browser.reload("");
    browser.script("localStorage.removeItem('meshlens.token')");
    browser.consoleErrors(); // what earlier tests left in the log
  }

  static String reader(String name) {
    return TestAuth.token(server.meshlens(), name, Role.READER);
  }

  /** Signs in through the sign-in page's form, as a person would. */
  static void signInWithTheForm(String token) {
    browser.go("#/signin");
    browser.visible("input#token").sendKeys(token);
    browser.visible("form.signin button[type=submit]").click();
  }

  /** The asset picker's answer to what was typed: its options' texts, once it has answered. */
  static List<String> pickerOptions(String typed) {
    browser.go("#/governance");
    browser.visible("#impact-asset").sendKeys(typed);
    browser.until(
        "document.querySelector('.picker [role=status]').textContent.length > 0"
            + " && !document.querySelector('.picker .loading')");
    return browser.all("#impact-asset-list [role=option]").stream()
        .map(WebElement::getText)
        .toList();
  }

  @Test
  void a_reader_signed_in_with_the_form_never_sees_the_restricted_dataset_an_admin_finds() {
    signInWithTheForm(reader("ui-reader"));
    assertThat(browser.visible("#who .who-name").getText()).isEqualTo("ui-reader reader");

    assertThat(pickerOptions("Three way")).noneMatch(o -> o.contains(RESTRICTED));
    assertThat(browser.visible(".picker [role=status]").getText())
        .isEqualTo("No matching dataset or product");
    assertThat(browser.visible(".picker-empty").getText())
        .isEqualTo("No matching dataset or product.");
    browser.screenshot("access-reader-does-not-find-it");

    JsonNode hits = server.tree(server.get("/api/v1/search?q=three_way_match").body());
    String urn = hits.path("hits").path(0).path("urn").asText();
    assertThat(hits.path("hits").path(0).path("name").asText()).isEqualTo(RESTRICTED);
    browser.go("#/governance?urn=" + URLEncoder.encode(urn, UTF_8));
    assertThat(browser.visible(".impact [role=alert]").getText()).doesNotContain(RESTRICTED);
    assertThat(browser.visible("main").getText()).doesNotContain(RESTRICTED);
    browser.consoleErrors(); // the refused look-up of the shared link

    browser.signInWith(TestAuth.admin(server.meshlens()));
    List<String> found = pickerOptions("Three way");
    assertThat(found).anyMatch(o -> o.contains(RESTRICTED));
    browser.all("#impact-asset-list [role=option]").stream()
        .filter(o -> o.getText().contains(RESTRICTED))
        .findFirst()
        .orElseThrow()
        .click();
    assertThat(browser.visible(".impact-title").getText()).isEqualTo("Impact of " + RESTRICTED);
    browser.screenshot("access-admin-finds-it");
  }

  @Test
  void the_search_page_never_shows_a_reader_the_restricted_dataset_nor_counts_it() {
    String search = "#/search?q=" + URLEncoder.encode("\"three way match\"", UTF_8);
    browser.signInWith(TestAuth.admin(server.meshlens()));
    browser.go(search);
    browser.until(SearchPage.SETTLED);
    assertThat(SearchPage.hitNames(browser)).as("an admin finds it").contains(RESTRICTED);
    long adminTotal = SearchPage.total(browser);

    browser.signInWith(reader("ui-reader-3"));
    browser.go(search);
    browser.until(SearchPage.SETTLED);
    assertThat(SearchPage.hitNames(browser)).doesNotContain(RESTRICTED);
    assertThat(SearchPage.total(browser))
        .as("the reader's total leaves it out")
        .isEqualTo(adminTotal - 1);
    assertThat(browser.visible("main").getText()).doesNotContain(RESTRICTED);
    browser.screenshot("access-reader-search");

    browser.visible("#search-q").clear();
    browser.visible("#search-q").sendKeys("Three way");
    browser.until("document.querySelector('.combo [aria-live]').textContent.length > 0");
    assertThat(browser.all("[role=option]"))
        .extracting(WebElement::getText)
        .noneMatch(o -> o.contains(RESTRICTED));
    assertThat(browser.consoleErrors()).isEmpty();
  }

  @Test
  void a_bad_token_on_the_sign_in_page_shows_the_401_problem_and_keeps_you_signed_out() {
    signInWithTheForm("mlt_" + "0".repeat(43));

    WebElement problem = browser.visible("form.signin [role=alert]");
    assertThat(problem.getText()).containsIgnoringCase("unknown token");
    assertThat(browser.route()).startsWith("#/signin");
    assertThat(browser.visible("#who a.button").getText()).isEqualTo("Sign in");
    assertThat(browser.script("return localStorage.getItem('meshlens.token')")).isNull();
    browser.screenshot("access-bad-token");
  }

  @Test
  void signed_out_there_is_no_sparql_console_and_no_run_now() {
    browser.go("#/governance");
    assertThat(browser.visible(".governance-sparql .notice").getText())
        .contains("for stewards and admins")
        .contains("Sign in");
    assertThat(browser.all("#sparql-query")).isEmpty();
    browser.screenshot("access-signed-out-governance");

    browser.go("#/sources");
    browser.atLeast("table.sources tr.source", 1);
    assertThat(browser.all("button.run-now")).isEmpty();
    assertThat(browser.consoleErrors()).isEmpty();
  }

  @Test
  void a_reader_sees_the_console_is_for_stewards_and_no_run_now() {
    browser.signInWith(reader("ui-reader-2"));
    browser.go("#/governance");
    assertThat(browser.visible(".governance-sparql .notice").getText())
        .contains("Your role (reader) may not use it");
    assertThat(browser.all("#sparql-query")).isEmpty();
    browser.go("#/sources");
    browser.atLeast("table.sources tr.source", 1);
    assertThat(browser.all("button.run-now")).isEmpty();
  }
}
