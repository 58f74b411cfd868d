package dev.meshlens.api.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshlens.api.Meshlens;
import dev.meshlens.api.ServerConfig;
import dev.meshlens.api.TestAuth;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebElement;

/**
 * Signing in on a catalog closed to anonymous readers: the pages ask for a token, the sign-in form
 * takes one and returns to the page asked for, and a bad token is refused with the server's reason.
 */
class SignInUiTest {
  @TempDir Path dir;
  private Meshlens meshlens;
  private Browser browser;

  @BeforeEach
  void start() throws Exception {
    meshlens =
        Meshlens.start(
            ServerConfig.defaults()
                .withPort(0)
                .withDataDir(dir)
                .withSampleMesh(false)
                .withAnonymousRead(false));
    browser = Browser.open("http://localhost:" + meshlens.port());
  }

  @AfterEach
  void stop() throws Exception {
    if (browser != null) {
      browser.close();
    }
    meshlens.close();
  }

  @Test
  void a_closed_catalog_asks_for_a_token_and_returns_to_the_page_after_signing_in() {
    browser.go("#/products");
    assertThat(browser.visible("main h1").getText()).isEqualTo("Sign in to read this catalog");
    browser.visible("#who a.button").click();
    browser.until("location.hash.startsWith('#/signin')");
    assertThat(browser.route()).isEqualTo("#/signin?next=#/products");
    browser.screenshot("signin-form");

    signIn(TestAuth.admin(meshlens).replaceFirst("^Bearer ", ""));

    browser.until("location.hash === '#/products'");
    assertThat(browser.visible("#who .who-name").getText()).isEqualTo("test-admin admin");
    assertThat(browser.all("main h1"))
        .extracting(WebElement::getText)
        .doesNotContain("Sign in to read this catalog");
    browser.screenshot("signin-signed-in");

    browser.visible("#who button.link").click(); // sign out
    browser.visible("#who a.button");
    assertThat(browser.script("return localStorage.getItem('meshlens.token')")).isNull();
  }

  @Test
  void a_token_the_server_does_not_know_is_refused_with_its_reason_and_nothing_is_kept() {
    browser.go("#/signin");
    signIn("mlt_" + "0".repeat(43));

    WebElement problem = browser.visible("main [role=alert]");
    assertThat(problem.getText()).containsIgnoringCase("unknown");
    assertThat(browser.route()).startsWith("#/signin");
    assertThat(browser.visible("#who a.button").getText()).isEqualTo("Sign in");
    assertThat(browser.script("return localStorage.getItem('meshlens.token')")).isNull();
    browser.screenshot("signin-refused");
  }

  private void signIn(String token) {
    WebElement input = browser.visible("input#token");
    input.sendKeys(token);
    browser.visible("form.signin button[type=submit]").click();
  }
}
