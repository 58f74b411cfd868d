package dev.meshlens.api.ui;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.meshlens.api.Meshlens;
import dev.meshlens.api.SampleMeshServer;
import dev.meshlens.api.ServerConfig;
import dev.meshlens.api.ShopDatabase;
import dev.meshlens.api.TestAuth;
import dev.meshlens.catalog.access.Role;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebElement;

/**
 * The sources page: every source with its schedule and last run as the API has them, its run
 * history, and "Run now" for admins only; on a server of its own, running a source shows the run's
 * result.
 */
@ExtendWith(SampleMeshServer.Extension.class)
class SourcesUiTest {
  @TempDir Path dir;

  static JsonNode source(JsonNode list, String name) {
    for (JsonNode item : list.path("items")) {
      if (item.path("name").asText().equals(name)) {
        return item;
      }
    }
    throw new AssertionError("No source " + name);
  }

  @Test
  void sources_show_their_schedule_and_last_run_and_their_history(SampleMeshServer server)
      throws Exception {
    JsonNode list = server.tree(server.get("/api/v1/sources").body());
    JsonNode orders = source(list, "sales-orders");
    JsonNode runs = server.tree(server.get("/api/v1/sources/sales-orders/runs").body());

    try (Browser browser = Browser.open(server.url())) {
      browser.go("#/sources");
      List<WebElement> rows =
          browser.atLeast("table.sources tr.source", list.path("total").asInt());
      assertThat(rows).hasSize(list.path("total").asInt());
      assertThat(browser.visible(".sources-status").getText())
          .isEqualTo(list.path("total").asInt() + " sources");
      String row = "tr.source[data-source='sales-orders'] ";
      assertThat(browser.visible(row + ".schedule code").getText())
          .isEqualTo(orders.path("schedule").asText());
      assertThat(browser.visible(row + ".schedule .next-run").getText()).startsWith("next ");
      assertThat(browser.visible(row + ".last-run .run-status").getText())
          .isEqualTo(orders.path("lastRun").path("status").asText().toLowerCase(Locale.ROOT));
      // each count the last run has, as the API says it (a count of 0 is left out)
      String counts = browser.visible(row + ".counts").getText();
      orders
          .path("lastRun")
          .path("counts")
          .fields()
          .forEachRemaining(count -> {
            String shown = count.getValue().asInt() + " " + count.getKey();
            if (count.getValue().asInt() > 0) {
              assertThat(counts).contains(shown);
            } else {
              assertThat(counts).doesNotContain(shown);
            }
          });
      assertThat(browser.all("button.run-now")).as("no Run now signed out").isEmpty();

      browser.visible("#source-filter").sendKeys("sales-");
      browser.until("document.querySelector('.sources-status').textContent.includes(' of ')");
      int sales = 0;
      for (JsonNode item : list.path("items")) {
        sales += item.path("name").asText().contains("sales-") ? 1 : 0;
      }
      assertThat(browser.all("tr.source:not([hidden])")).hasSize(sales);

      browser.visible(row + "button.runs-toggle").click();
      assertThat(browser.atLeast("#runs-sales-orders table.runs tbody tr", 1))
          .hasSize(runs.path("items").size());
      browser.screenshot("sources-list");
      assertThat(browser.consoleErrors()).isEmpty();
    }
  }

  @Test
  void run_now_is_shown_to_admins_and_not_to_readers(SampleMeshServer server) throws Exception {
    int total = server.tree(server.get("/api/v1/sources").body()).path("total").asInt();
    try (Browser browser = Browser.open(server.url())) {
      browser.signInWith(TestAuth.token(server.meshlens(), "ui-sources-reader", Role.READER));
      browser.go("#/sources");
      browser.atLeast("table.sources tr.source", total);
      assertThat(browser.all("button.run-now")).isEmpty();

      browser.signInWith(TestAuth.admin(server.meshlens()));
      browser.go("#/sources");
      assertThat(browser.atLeast("button.run-now", total)).hasSize(total);
      browser.screenshot("sources-admin");
    }
  }

  @Test
  void an_admin_runs_a_source_now_and_sees_its_result() throws Exception {
    ShopDatabase.create(dir);
    Path sources = dir.resolve("sources.yaml");
    Files.writeString(
        sources,
        "sources:\n"
            + ShopDatabase.source("shop", dir.resolve("shop.sqlite").toString(), "0 3 * * *"),
        UTF_8);
    try (Meshlens meshlens =
            Meshlens.start(
                ServerConfig.defaults()
                    .withPort(0)
                    .withDataDir(dir.resolve("data"))
                    .withSampleMesh(false)
                    .withSources(sources));
        Browser browser = Browser.open("http://localhost:" + meshlens.port())) {
      browser.signInWith(TestAuth.admin(meshlens));
      browser.go("#/sources");
      assertThat(browser.visible("tr.source[data-source=shop] .last-run").getText())
          .isEqualTo("never ran");

      browser.visible("tr.source[data-source=shop] button.run-now").click();

      WebElement live = browser.visible("tr.source[data-source=shop] .run-live");
      browser.until(
          "document.querySelector('tr.source[data-source=shop] .run-live')"
              + ".textContent.startsWith('Run finished')");
      JsonNode last = lastRun(meshlens);
      assertThat(live.getText())
          .contains(last.path("status").asText().toLowerCase(Locale.ROOT))
          .contains(last.path("counts").path("added").asInt() + " added");
      assertThat(browser.visible("tr.source[data-source=shop] .last-run .run-status").getText())
          .isEqualTo("succeeded");
      browser.screenshot("sources-run-now");
      assertThat(browser.consoleErrors()).isEmpty();
    }
  }

  static JsonNode lastRun(Meshlens meshlens) throws Exception {
    HttpRequest request =
        TestAuth.authorized(
            HttpRequest.newBuilder(
                    URI.create("http://localhost:" + meshlens.port() + "/api/v1/sources"))
                .build(),
            meshlens);
    try (HttpClient http = HttpClient.newHttpClient()) {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      return source(new ObjectMapper().readTree(response.body()), "shop").path("lastRun");
    }
  }
}
