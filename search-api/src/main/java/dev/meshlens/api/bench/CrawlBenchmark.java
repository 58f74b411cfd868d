package dev.meshlens.api.bench;

import dev.meshlens.catalog.Batch;
import dev.meshlens.catalog.CrawlRun;
import dev.meshlens.catalog.sqlite.SqliteCatalogStore;
import dev.meshlens.indexer.crawl.CrawlOutput;
import dev.meshlens.indexer.crawl.CrawlRunner;
import dev.meshlens.indexer.crawl.SourceReaders;
import dev.meshlens.indexer.crawl.SourceSpec;
import dev.meshlens.sample.bench.BenchFolder;
import dev.meshlens.sample.bench.crawl.SqliteSource;
import dev.meshlens.sample.bench.crawl.SqliteSourceConfig;
import dev.meshlens.sample.bench.crawl.SqliteSourceGenerator;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Crawl benchmark: generates a SQLite database of N tables of M columns with foreign keys and a few
 * views (not timed), then in the same JVM (after a warm-up crawl of a smaller one) crawls it with
 * the JDBC reader into an empty store, applies the same batches to another empty store (the store's
 * bulk ingest, the baseline), crawls the unchanged database again, and times the parts of that
 * re-crawl: reading, and the store's apply with nothing to write. Prints a table against the
 * targets: at least 3,500 assets/s for the first crawl, a re-crawl at least 10x faster.
 */
public final class CrawlBenchmark {
  private static final Logger LOG = LoggerFactory.getLogger(CrawlBenchmark.class);
  private static final Map<String, String> NAMING =
      Map.of("namespace", "postgres://warehouse.bench.internal:5432", "database", "warehouse");

  /**
   * How to run.
   *
   * @param dir where the source database and the stores go, kept there (a source written before for
   *     the same shape is reused); null for a temporary folder deleted afterwards
   */
  public record Options(int tables, int columns, long seed, Path dir) {
    public Options {
      new SqliteSourceConfig(tables, columns, 3, seed); // its checks, with its messages
    }

    /** 20,000 tables of 20 columns, seed 42, in a temporary folder. */
    public static Options defaults() {
      return new Options(20_000, 20, 42, null);
    }

    SqliteSourceConfig source() {
      return SqliteSourceConfig.of(tables).withColumnsPerTable(columns).withSeed(seed);
    }

    /** The warm-up source: a tenth of the tables, between 100 and 2,000. */
    SqliteSourceConfig warmUp() {
      return source().withTables(Math.max(100, Math.min(2_000, tables / 10))).withSeed(seed + 1);
    }
  }

  private CrawlBenchmark() {}

  /** Runs the benchmark and prints the table to {@code out}. */
  public static CrawlBenchReport run(Options options, PrintStream out) {
    CrawlBenchReport report = run(options);
    out.print(report.table());
    out.flush();
    return report;
  }

  /** Runs the benchmark; progress is logged. */
  public static CrawlBenchReport run(Options options) {
    try (BenchFolder folder = BenchFolder.open(options.dir(), "meshlens-crawl-bench")) {
      Path dir = folder.path();
      SqliteSource source =
          new SqliteSourceGenerator(options.source()).reuseOrWrite(dir.resolve("source.db"));
      warmUp(options, dir);
      CrawlMeasurement measured = measure(source, dir);
      return new CrawlBenchReport(options, source, measured, Runtime.getRuntime().maxMemory());
    }
  }

  private static void warmUp(Options options, Path dir) {
    SqliteSource small =
        new SqliteSourceGenerator(options.warmUp()).reuseOrWrite(dir.resolve("warmup-source.db"));
    LOG.info("Warming up: crawling {} tables twice", small.tables());
    Path store = fresh(dir.resolve("warmup-catalog.db"));
    try (SqliteCatalogStore catalog = SqliteCatalogStore.open(store)) {
      CrawlRunner runner = new CrawlRunner(catalog, SourceReaders.standard());
      runner.run(spec(small), "bench");
      runner.run(spec(small), "bench");
    }
  }

  private static CrawlMeasurement measure(SqliteSource source, Path dir) {
    SourceSpec spec = spec(source);
    SourceReaders readers = SourceReaders.standard();
    try (SqliteCatalogStore crawled = SqliteCatalogStore.open(fresh(dir.resolve("catalog.db")));
        SqliteCatalogStore bulk = SqliteCatalogStore.open(fresh(dir.resolve("bulk.db")))) {
      CrawlRunner runner = new CrawlRunner(crawled, readers);
      LOG.info("First crawl of {} datasets", source.datasets());
      Timed<CrawlRun> first = Timed.time(() -> runner.run(spec, "bench"));
      LOG.info("No-change re-crawl");
      Timed<CrawlRun> again = Timed.time(() -> runner.run(spec, "bench"));
      LOG.info("Reading the source alone, then applying its batches to an empty store");
      Timed<CrawlOutput> read = Timed.time(() -> readers.read(spec));
      List<Batch> batches = read.value().batches();
      long bulkIngest = Timed.time(() -> batches.forEach(bulk::apply));
      LOG.info("Applying the same batches again to the crawled store, then their parts alone");
      long noChange = Timed.time(() -> batches.forEach(crawled::apply));
      return new CrawlMeasurement(
          first,
          again,
          read.nanos(),
          bulkIngest,
          noChange,
          AspectCosts.validate(batches),
          AspectCosts.jsonAndHash(batches));
    }
  }

  private static SourceSpec spec(SqliteSource source) {
    return new SourceSpec("bench-warehouse", "jdbc", source.jdbcUrl(), NAMING);
  }

  /** The path, with any database left there by an earlier run deleted. */
  private static Path fresh(Path file) {
    SqliteSourceGenerator.delete(file);
    return file;
  }
}
