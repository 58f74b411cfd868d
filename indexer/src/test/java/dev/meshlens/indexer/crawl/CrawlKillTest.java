package dev.meshlens.indexer.crawl;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.meshlens.catalog.AspectVersion;
import dev.meshlens.catalog.AssetCounts;
import dev.meshlens.catalog.AssetQuery;
import dev.meshlens.catalog.Batch;
import dev.meshlens.catalog.CrawlRun;
import dev.meshlens.catalog.CrawlStatus;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.model.AspectKind;
import dev.meshlens.catalog.sqlite.SqliteCatalogStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A crawl in its own JVM, killed with SIGKILL after its first batches were committed: the store is
 * intact, holds whole batches only, and the next run completes the crawl.
 */
class CrawlKillTest {
  private static final Logger LOG = LoggerFactory.getLogger(CrawlKillTest.class);
  private static final Pattern APPLIED = Pattern.compile("content batch (\\d+)/(\\d+) applied");
  private static final int TABLES = 1500;

  /** Two aspects a table: each batch holds one table, so 1500 transactions. */
  private static final int BATCH_SIZE = 2;

  private static final String LOGBACK =
      """
      <configuration>
        <appender name="OUT" class="ch.qos.logback.core.ConsoleAppender">
          <encoder><pattern>%d{HH:mm:ss.SSS} %-5level %logger{36} - %msg%n</pattern></encoder>
        </appender>
        <logger name="dev.meshlens.indexer.crawl" level="INFO"/>
        <root level="WARN"><appender-ref ref="OUT"/></root>
      </configuration>
      """;

  @TempDir Path dir;

  @Test
  void a_crawl_killed_half_way_leaves_whole_batches_and_the_next_run_completes_it()
      throws Exception {
    Path database = dir.resolve("big.db");
    TestDatabases.createTables(database, TABLES);
    Path storeFile = dir.resolve("catalog.db");
    Path log = dir.resolve("crawl.log");

    int loggedBeforeKill = crawlAndKill(storeFile, database, log);

    assertThat(integrityCheck(storeFile)).as("PRAGMA integrity_check").isEqualTo("ok");
    SourceSpec big = CrawlProcessMain.source(database, BATCH_SIZE);
    List<Batch> batches = SourceReaders.standard().read(big).batches();
    try (SqliteCatalogStore store = SqliteCatalogStore.open(storeFile)) {
      int committed = assertWholeBatches(store, batches, loggedBeforeKill);
      LOG.info(
          "killed after {} batches were logged; {} of {} batches were committed",
          loggedBeforeKill,
          committed,
          batches.size());
      assertThat(store.crawlRuns("jdbc:big", 5))
          .singleElement()
          .satisfies(r -> assertThat(r.status()).isEqualTo(CrawlStatus.RUNNING));
      assertThat(store.abandonUnfinishedCrawlRuns("the process stopped")).isEqualTo(1);

      assertCompletedBy(store, big, committed);
    }
  }

  /** Starts the crawl in a child JVM, kills it once it logged 25 batches; returns how many. */
  private int crawlAndKill(Path storeFile, Path database, Path log) throws Exception {
    Path logback = Files.writeString(dir.resolve("logback.xml"), LOGBACK, UTF_8);
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dlogback.configurationFile=" + logback,
                "-cp",
                System.getProperty("java.class.path"),
                CrawlProcessMain.class.getName(),
                storeFile.toString(),
                database.toString(),
                Integer.toString(BATCH_SIZE))
            .redirectErrorStream(true)
            // a file, not a pipe: the JDK closes a process's pipe under a reader when it exits
            .redirectOutput(log.toFile())
            .start();
    try {
      int logged = awaitBatches(log, child, 25);
      child.destroyForcibly();
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).as("killed").isTrue();
      assertThat(child.exitValue())
          .as("ended by SIGKILL, not by finishing: %s", Files.readString(log, UTF_8))
          .isEqualTo(128 + 9);
      return logged;
    } finally {
      child.destroyForcibly();
    }
  }

  /** Waits until the child logged {@code wanted} applied batches; returns the last it logged. */
  private static int awaitBatches(Path log, Process child, int wanted) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    while (System.nanoTime() < deadline && child.isAlive()) {
      int applied = 0;
      for (String line : Files.readAllLines(log, UTF_8)) {
        Matcher matcher = APPLIED.matcher(line);
        if (matcher.find()) {
          applied = Integer.parseInt(matcher.group(1));
        }
      }
      if (applied >= wanted) {
        return applied;
      }
      Thread.sleep(5);
    }
    throw new AssertionError(
        "The crawl never logged " + wanted + " batches: " + Files.readString(log, UTF_8));
  }

  private static String integrityCheck(Path storeFile) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + storeFile);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
      rs.next();
      return rs.getString(1);
    }
  }

  /**
   * The assets the killed run left are exactly those of its first batches, each with all its
   * aspects; returns how many batches were committed.
   */
  private static int assertWholeBatches(
      SqliteCatalogStore store, List<Batch> batches, int loggedBeforeKill) {
    Set<Urn> stated = new TreeSet<>(store.assetsStatedBy("jdbc:big"));
    int committed = stated.size();
    assertThat(committed)
        .as("committed batches: at least those logged, not all (%d batches)", batches.size())
        .isBetween(loggedBeforeKill, batches.size() - 1);
    Set<Urn> firstBatches = new TreeSet<>();
    batches.subList(0, committed).forEach(b -> b.upserts().forEach(u -> firstBatches.add(u.urn())));
    assertThat(stated).as("the first %d batches, in order", committed).isEqualTo(firstBatches);
    for (Urn urn : stated) {
      assertThat(store.loadAsset(urn).current())
          .as("%s has every aspect of its batch", urn)
          .extracting(AspectVersion::kind, AspectVersion::source)
          .containsExactlyInAnyOrder(
              tuple(AspectKind.DATASET_INFO, "jdbc:big"), tuple(AspectKind.SCHEMA, "jdbc:big"));
    }
    return committed;
  }

  /** A normal run adds the rest and deletes nothing; a further run changes nothing. */
  private static void assertCompletedBy(SqliteCatalogStore store, SourceSpec big, int committed) {
    CrawlRunner runner = new CrawlRunner(store, SourceReaders.standard());

    CrawlRun completion = runner.run(big, "test");
    long sequence = store.lastSequence();
    CrawlRun again = runner.run(big, "test");

    assertThat(completion.status()).isEqualTo(CrawlStatus.SUCCEEDED);
    assertThat(completion.counts()).isEqualTo(new AssetCounts(TABLES - committed, 0, committed, 0));
    assertThat(store.assetsStatedBy("jdbc:big")).hasSize(TABLES);
    assertThat(store.listAssets(new AssetQuery(null, null, 1, 1, true)).total())
        .as("every asset, deleted ones included, and none deleted")
        .isEqualTo(TABLES)
        .isEqualTo(store.listAssets(AssetQuery.all(1, 1)).total());
    assertThat(again.counts()).isEqualTo(new AssetCounts(0, 0, TABLES, 0));
    assertThat(store.lastSequence()).as("a no-change run writes nothing").isEqualTo(sequence);
    assertThat(store.crawlRuns("jdbc:big", 5))
        .extracting(CrawlRun::status)
        .containsExactly(CrawlStatus.SUCCEEDED, CrawlStatus.SUCCEEDED, CrawlStatus.ABANDONED);
  }
}
