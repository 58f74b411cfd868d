package dev.meshlens.api.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.meshlens.api.Meshlens;
import dev.meshlens.api.ServerConfig;
import dev.meshlens.api.ShopDatabase;
import dev.meshlens.api.demo.SampleMeshLoader;
import dev.meshlens.catalog.CrawlRun;
import dev.meshlens.catalog.CrawlStatus;
import dev.meshlens.catalog.sqlite.SqliteCatalogStore;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import picocli.CommandLine;

/** {@code meshlens crawl} run in-process through picocli, against real files and a real store. */
class CrawlCommandTest {
  @TempDir Path dir;
  Path data;
  Path sources;
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  @BeforeEach
  void files() throws Exception {
    data = dir.resolve("data");
    sources = dir.resolve("sources.yaml");
    ShopDatabase.create(dir);
    writeSources(
        ShopDatabase.source("shop", "shop.sqlite", "0 3 * * *")
            + ShopDatabase.source("gone", "missing.sqlite", "0 4 * * *"));
  }

  void writeSources(String entries) throws Exception {
    Files.writeString(sources, "sources:\n" + entries, UTF_8);
  }

  int crawl(String... args) {
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    List<String> all = new ArrayList<>(List.of("crawl"));
    all.addAll(List.of(args));
    return cli.execute(all.toArray(String[]::new));
  }

  List<CrawlRun> runs(String source) {
    try (SqliteCatalogStore store = SqliteCatalogStore.open(data.resolve("catalog.db"))) {
      return store.crawlRuns(source, 10);
    }
  }

  @Test
  void a_crawl_prints_its_outcome_and_exits_0() {
    int code =
        crawl("--source", "shop", "--sources", sources.toString(), "--data", data.toString());

    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString())
        .startsWith("jdbc:shop: SUCCEEDED in ")
        .contains("assets added 1, changed 0, unchanged 0, removed 0; 0 warnings");
    assertThat(runs("jdbc:shop"))
        .singleElement()
        .satisfies(run -> assertThat(run.trigger()).isEqualTo("cli"));
  }

  @Test
  void a_source_that_cannot_be_read_exits_1_with_the_error() {
    int code =
        crawl("--source", "gone", "--sources", sources.toString(), "--data", data.toString());

    assertThat(code).isEqualTo(1);
    assertThat(out.toString()).contains("jdbc:gone: FAILED").contains("error: Cannot read");
    assertThat(runs("jdbc:gone")).extracting(CrawlRun::status).containsExactly(CrawlStatus.FAILED);
  }

  @Test
  void an_unknown_source_exits_2_naming_the_known_ones() {
    int code =
        crawl("--source", "nope", "--sources", sources.toString(), "--data", data.toString());

    assertThat(code).isEqualTo(2);
    assertThat(err.toString())
        .contains("meshlens: No source 'nope' in " + sources + " (known: shop, gone)");
    assertThat(Files.exists(data.resolve("catalog.db"))).as("nothing was opened").isFalse();
  }

  @Test
  void a_bad_sources_file_exits_2_saying_what_is_wrong() throws Exception {
    writeSources(ShopDatabase.source("shop", "shop.sqlite", "0 3 * *"));

    int code =
        crawl("--source", "shop", "--sources", sources.toString(), "--data", data.toString());

    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("source 'shop': invalid schedule '0 3 * *'");
  }

  @Test
  void without_a_source_name_or_a_sources_file_it_exits_2() {
    assertThat(crawl("--sources", sources.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("Missing required option: '--source=NAME'");

    assertThat(crawl("--source", "shop", "--data", data.toString())).isEqualTo(2);
    assertThat(err.toString())
        .contains("No sources file: pass --sources FILE or set 'sources' in the configuration");
  }

  @Test
  void the_sources_file_and_data_directory_default_to_the_servers_configuration() throws Exception {
    Path config = dir.resolve("meshlens.yaml");
    Files.writeString(config, "data: " + data + "\nsources: " + sources + "\n", UTF_8);

    assertThat(crawl("--source", "shop", "--config", config.toString())).isZero();
    assertThat(runs("jdbc:shop")).hasSize(1);
  }

  @Test
  void the_extracted_sample_mesh_is_the_default_sources_file() {
    SampleMeshLoader.extract(data);

    assertThat(crawl("--source", "owners-directory", "--data", data.toString()))
        .as(err.toString())
        .isZero();
    assertThat(out.toString()).startsWith("owners:owners-directory: SUCCEEDED");
  }

  @Test
  void a_crawl_runs_while_a_server_serves_the_same_data_directory() throws Exception {
    ServerConfig config =
        ServerConfig.defaults().withPort(0).withDataDir(data).withSources(sources);
    try (Meshlens server = Meshlens.start(config)) {
      int code =
          crawl("--source", "shop", "--sources", sources.toString(), "--data", data.toString());

      HttpResponse<String> response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(server.url() + "/api/v1/sources")).build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(code).as(err.toString()).isZero();
      JsonNode shop = new ObjectMapper().readTree(response.body()).path("items").path(0);
      assertThat(shop.path("lastRun").path("trigger").asText()).isEqualTo("cli");
      assertThat(shop.path("lastRun").path("status").asText()).isEqualTo("SUCCEEDED");
    }
  }

  @ParameterizedTest
  @EnumSource(CrawlStatus.class)
  void the_exit_status_follows_the_runs_outcome(CrawlStatus status) {
    Map<CrawlStatus, Integer> expected =
        Map.of(
            CrawlStatus.SUCCEEDED, 0,
            CrawlStatus.PARTIAL, 0,
            CrawlStatus.FAILED, 1,
            CrawlStatus.FAILSAFE, 3,
            CrawlStatus.ABANDONED, 1,
            CrawlStatus.RUNNING, 1);

    assertThat(CrawlCommand.exitCode(status)).isEqualTo(expected.get(status));
  }
}
