package dev.meshlens.indexer.crawl;

import static dev.meshlens.indexer.crawl.TestDatabases.createTables;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.meshlens.catalog.AssetCounts;
import dev.meshlens.catalog.Batch;
import dev.meshlens.catalog.CrawlRun;
import dev.meshlens.catalog.CrawlStatus;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.model.DatasetInfo;
import dev.meshlens.catalog.model.JobInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Sources that cannot be read, or only in part: the run says so and nothing is deleted. */
class CrawlFailureTest extends CatalogTest {

  private SourceSpec crawledShop() throws Exception {
    createTables(dir.resolve("shop.db"), 5);
    SourceSpec shop = TestDatabases.spec("shop", dir.resolve("shop.db"));
    assertThat(runner().run(shop, "test").status()).isEqualTo(CrawlStatus.SUCCEEDED);
    return shop;
  }

  static Stream<Arguments> unreachable() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    return Stream.of(
        Arguments.of("jdbc:postgresql://127.0.0.1:" + closedPort + "/shop", "Connection"),
        Arguments.of("jdbc:sqlite:/no/such/folder/shop.db", "/no/such/folder/shop.db"));
  }

  @ParameterizedTest
  @MethodSource("unreachable")
  void an_unreachable_database_fails_after_its_retries_and_deletes_nothing(String url, String named)
      throws Exception {
    SourceSpec shop = crawledShop();
    Set<Urn> before = stated(shop);

    CrawlRun run = runner().run(TestDatabases.spec("shop", url), "test");

    assertThat(run.status()).as(url).isEqualTo(CrawlStatus.FAILED);
    assertThat(run.attempts()).as("the first attempt and 2 retries").isEqualTo(3);
    assertThat(waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
    assertThat(run.error()).contains(named, "(3 attempts)");
    assertThat(run.counts()).isEqualTo(AssetCounts.ZERO);
    assertThat(store.crawlRuns("jdbc:shop", 1)).containsExactly(run);
    assertThat(stated(shop)).isEqualTo(before);
    assertThat(live()).isEqualTo(before);
  }

  @Test
  void a_database_that_comes_back_during_the_backoff_is_crawled_on_the_next_attempt()
      throws Exception {
    createTables(dir.resolve("share.db"), 3);
    Path mounted = dir.resolve("mnt/shop.db");
    SourceSpec shop = TestDatabases.spec("shop", mounted, "retries", "4", "retryBackoff", "250ms");

    CrawlRun run =
        runner(
                wait -> {
                  waits.add(wait);
                  if (waits.size() == 2) {
                    mount(dir.resolve("share.db"), mounted);
                  }
                })
            .run(shop, "test");

    assertThat(run.status()).isEqualTo(CrawlStatus.SUCCEEDED);
    assertThat(run.attempts()).isEqualTo(3);
    assertThat(waits).containsExactly(Duration.ofMillis(250), Duration.ofMillis(500));
    assertThat(run.counts().added()).isEqualTo(3);
  }

  static Stream<Arguments> permanent() {
    return Stream.of(
        Arguments.of(new SourceSpec("x", "ftp", "ftp://files"), "No reader for source type 'ftp'"),
        Arguments.of(new SourceSpec("x", "jdbc", "sqlite:/tmp/x.db"), "Not a JDBC URL"),
        Arguments.of(
            TestDatabases.spec("x", "jdbc:sqlite:/no/such.db", "failSafe", "most"),
            "option failSafe must be a fraction in [0, 1]"),
        Arguments.of(
            TestDatabases.spec("x", "jdbc:sqlite:/no/such.db", "retryBackoff", "soon"),
            "option retryBackoff must be an ISO-8601 duration"),
        Arguments.of(
            TestDatabases.spec("x", "jdbc:sqlite:/no/such.db", "retries", "-1"),
            "option retries must be a whole number >= 0"));
  }

  @ParameterizedTest
  @MethodSource("permanent")
  void a_permanent_error_fails_the_run_at_once(SourceSpec source, String error) {
    CrawlRun run = runner().run(source, "test");

    assertThat(run.status()).as("%s", source).isEqualTo(CrawlStatus.FAILED);
    assertThat(run.error()).contains(error);
    assertThat(run.attempts()).isEqualTo(1);
    assertThat(waits).as("no retry").isEmpty();
  }

  @Test
  void a_broken_event_file_in_a_folder_gives_a_partial_run_that_loads_the_rest_and_deletes_nothing()
      throws Exception {
    Path events = Files.createDirectories(dir.resolve("events"));
    for (String job : List.of("a", "b", "c")) {
      write(events, job, OpenLineageEvents.complete(job, List.of(), List.of("raw." + job)));
    }
    SourceSpec source = new SourceSpec("events", "openlineage", events.toString());
    assertThat(runner().run(source, "test").status()).isEqualTo(CrawlStatus.SUCCEEDED);
    Set<Urn> before = stated(source);
    String event = OpenLineageEvents.complete("b", List.of(), List.of("raw.b"));
    write(events, "b", event.substring(0, event.length() / 2));
    write(events, "c", OpenLineageEvents.complete("c", List.of(), List.of("raw.c", "raw.c2")));

    CrawlRun run = runner().run(source, "test");

    assertThat(run.status()).isEqualTo(CrawlStatus.PARTIAL);
    assertThat(run.warnings())
        .singleElement()
        .satisfies(w -> {
          assertThat(w.file()).as("the file and line").endsWith("b.ndjson:1");
          assertThat(w.path()).as("the whole line").isEmpty();
          assertThat(w.reason()).contains("not well-formed");
        });
    assertThat(run.counts())
        .as("a and its dataset and raw.c unchanged, c changed and wrote raw.c2; nothing removed")
        .isEqualTo(new AssetCounts(1, 1, 3, 0));
    assertThat(stated(source))
        .containsAll(before)
        .contains(Urn.dataset(OpenLineageEvents.DATASET_NAMESPACE, "raw.c2"));
    assertThat(live()).containsAll(before);
  }

  @Test
  void a_broken_contract_in_a_product_folder_gives_a_partial_run_that_deletes_nothing()
      throws Exception {
    Path mesh = copyTestMesh();
    SourceSpec source = new SourceSpec("mesh", "odps", mesh.toString());
    assertThat(runner().run(source, "test").status()).isEqualTo(CrawlStatus.SUCCEEDED);
    Set<Urn> before = stated(source);
    Path contract = mesh.resolve("domains/logistics/deliveries/contracts/deliveries.odcs.yaml");
    Files.writeString(
        contract,
        Files.readString(contract, UTF_8).replace("required: true", "required: maybe"),
        UTF_8);

    CrawlRun run = runner().run(source, "test");

    assertThat(run.status()).isEqualTo(CrawlStatus.PARTIAL);
    assertThat(run.warnings())
        .anySatisfy(w -> {
          assertThat(w.file()).endsWith("deliveries.odcs.yaml");
          assertThat(w.path()).isEqualTo("/schema/0/properties/0/required");
          assertThat(w.reason()).isNotBlank();
        })
        .as("the product that links the left-out contract")
        .anySatisfy(w -> assertThat(w.reason()).contains("logistics-deliveries-v1"));
    assertThat(run.counts().removed()).isZero();
    assertThat(stated(source)).isEqualTo(before);
    assertThat(live()).isEqualTo(before);
  }

  @Test
  void a_batch_the_store_rejects_makes_the_run_partial_and_the_other_batches_still_apply() {
    Urn a = TestDatabases.dataset("a");
    Urn b = TestDatabases.dataset("b");
    Urn c = TestDatabases.dataset("c");
    Urn d = TestDatabases.dataset("d");
    List<Batch> output = new ArrayList<>(List.of(batch(a), batch(d)));
    // a reader with a bug: it describes a dataset as a job, which the store refuses
    SourceReader buggy =
        new SourceReader() {
          @Override
          public String type() {
            return "buggy";
          }

          @Override
          public CrawlOutput read(SourceSpec spec) {
            return new CrawlOutput(output, List.of());
          }
        };
    SourceSpec source = new SourceSpec("x", "buggy", "anywhere");
    CrawlRunner runner = new CrawlRunner(store, new SourceReaders(List.of(buggy)));
    runner.run(source, "test");
    output.clear();
    output.add(batch(a));
    output.add(Batch.builder("buggy:x").upsert(b, new JobInfo("not a job", null, null)).build());
    output.add(batch(c));

    CrawlRun run = runner.run(source, "test");

    assertThat(run.status()).isEqualTo(CrawlStatus.PARTIAL);
    assertThat(run.warnings())
        .singleElement()
        .satisfies(w -> {
          assertThat(w.file()).isEqualTo("content batch 2");
          assertThat(w.reason()).contains("'jobInfo' does not apply to a dataset");
        });
    assertThat(run.counts()).isEqualTo(new AssetCounts(1, 0, 1, 0));
    assertThat(stated(source)).as("d is kept").containsExactly(a, c, d);
  }

  private static Batch batch(Urn dataset) {
    return Batch.builder("buggy:x")
        .upsert(dataset, new DatasetInfo(dataset.localName(), null, null, null, null, null, null))
        .build();
  }

  /** The file appears where it was missing, as a network share that is mounted again. */
  private static void mount(Path file, Path at) {
    try {
      Files.createDirectories(at.getParent());
      Files.copy(file, at);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Path folder, String name, String line) throws IOException {
    Files.writeString(folder.resolve(name + ".ndjson"), line + "\n", UTF_8);
  }

  /** The indexer's test mesh without its deliberately broken contract. */
  private Path copyTestMesh() throws Exception {
    Path from = Path.of(CrawlFailureTest.class.getResource("/mesh").toURI());
    Path to = dir.resolve("mesh");
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        if (file.getFileName().toString().endsWith(".yaml")
            && !file.getFileName().toString().startsWith("broken")) {
          Path target = to.resolve(from.relativize(file).toString());
          Files.createDirectories(target.getParent());
          Files.copy(file, target);
        }
      }
    }
    return to;
  }
}
