package dev.meshlens.api.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meshlens.api.ServerConfig;
import dev.meshlens.api.ingest.PushServer;
import dev.meshlens.catalog.Batch;
import dev.meshlens.catalog.CatalogStore;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.sqlite.SqliteCatalogStore;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code GET /api/v1/suggest} over real HTTP on a real server. */
class SuggestApiTest {
  @TempDir Path dir;
  PushServer server;

  @BeforeEach
  void start() {
    try (CatalogStore store =
        SqliteCatalogStore.open(ServerConfig.defaults().withDataDir(dir).catalogFile())) {
      store.apply(SearchApiTest.catalog());
    }
    server = PushServer.start(dir);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  List<String> names(String query) {
    HttpResponse<String> response = server.get("/api/v1/suggest?" + query);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode body = server.tree(response.body());
    return body.path("suggestions").findValuesAsText("name");
  }

  @Test
  void names_starting_with_the_prefix_or_having_a_word_that_does() {
    HttpResponse<String> response = server.get("/api/v1/suggest?q=ord");
    JsonNode body = server.tree(response.body());
    assertThat(body.path("query").asText()).isEqualTo("ord");
    assertThat(body.path("suggestions").get(0).fieldNames())
        .toIterable()
        .containsExactlyInAnyOrder("urn", "type", "name");
    assertThat(names("q=ord"))
        .containsExactlyInAnyOrder("orders", "order_lines", "orders_archive", "campaign_orders");
    assertThat(names("q=ord")).first().as("the shortest name first").isEqualTo("orders");
    assertThat(names("q=lines")).containsExactly("order_lines");
    assertThat(names("q=Pay")).containsExactly("payments");
    assertThat(names("q=ord&limit=2")).hasSize(2);
    assertThat(names("q=")).isEmpty();
    assertThat(names("q=zzz")).isEmpty();
  }

  @Test
  void a_new_asset_is_suggested_once_committed() throws Exception {
    try (CatalogStore store =
        SqliteCatalogStore.open(ServerConfig.defaults().withDataDir(dir).catalogFile())) {
      Batch.Builder batch = Batch.builder("jdbc:shop");
      SearchApiTest.dataset(
          batch,
          Urn.dataset(SearchApiTest.PG, "shop.public.refunds"),
          "refunds",
          "Money paid back",
          "postgres",
          null);
      store.apply(batch.build());
    }
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (names("q=refu").isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertThat(names("q=refu")).containsExactly("refunds");
  }

  @ParameterizedTest
  @ValueSource(strings = {"limit=0", "limit=21", "limit=ten", "colour=red", "q=a&q=b"})
  void bad_parameters_get_a_problem(String query) {
    HttpResponse<String> response = server.get("/api/v1/suggest?q=ord&" + query);
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(server.tree(response.body()).path("detail").asText()).isNotBlank();
  }

  @Test
  void an_absurdly_long_prefix_gets_a_problem() {
    HttpResponse<String> response = server.get("/api/v1/suggest?q=" + "a".repeat(1001));
    assertThat(response.statusCode()).isEqualTo(400);
  }
}
