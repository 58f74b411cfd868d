package dev.meshlens.api.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshlens.api.SampleMeshServer;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The shell every page shares: it loads without script errors and its libraries are served. */
@ExtendWith(SampleMeshServer.Extension.class)
class ShellUiTest {
  private static Browser browser;

  @BeforeAll
  static void open(SampleMeshServer server) {
    browser = Browser.open(server.url());
  }

  @AfterAll
  static void close() throws IOException {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void home_opens_the_search_page_with_the_main_navigation() {
    browser.go("");
    browser.visible("nav[aria-label='Main'] a[href='#/products']");
    browser.until("location.hash === '#/search'");
    assertThat(browser.all("[data-nav='search'][aria-current='page']")).hasSize(1);
    browser.screenshot("shell-home");
    assertThat(browser.consoleErrors()).isEmpty();
  }

  @Test
  void the_webjars_the_pages_use_are_served_from_the_server() {
    browser.go("");
    browser.visible("nav[aria-label='Main']");
    Object statuses =
        browser.asyncScript(
            "Promise.all([...document.querySelectorAll('meta[name^=meshlens-vendor]')]"
                + ".map(m => fetch(m.content).then(r => r.status))).then(done);");
    assertThat(statuses).asList().hasSize(4).containsOnly(200L);
  }
}
