package dev.meshlens.api.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.meshlens.catalog.Batch;
import dev.meshlens.catalog.health.HealthPolicy;
import dev.meshlens.catalog.health.RecomputeSummary;
import dev.meshlens.catalog.sqlite.SqliteCatalogStore;
import dev.meshlens.sample.bench.BenchFolder;
import dev.meshlens.sample.synthetic.ProgressLog;
import dev.meshlens.sample.synthetic.SyntheticMeshConfig;
import dev.meshlens.sample.synthetic.SyntheticMeshGenerator;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Iterator;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Health benchmark: writes a synthetic mesh of N datasets (products, lineage jobs, usage events;
 * runs and quality results added by {@link HealthBenchmarkFacts}) into a catalog, or reuses one of
 * the same shape, then recomputes every health score (datasets, products, domains; the day's
 * snapshots written) and, in the same run, the baseline: raw JDBC running the SQL aggregations of
 * the same facts without scoring or writing ({@link HealthBaseline}). Target: recomputing all in
 * under 2 minutes.
 */
public final class HealthBenchmark {
  private static final Logger LOG = LoggerFactory.getLogger(HealthBenchmark.class);
  private static final String SHAPE_FILE = "bench-health.shape";
  private static final String CATALOG = "catalog.db";

  /**
   * How to run.
   *
   * @param dir where the catalog goes, kept there (a catalog of the same shape is reused); null for
   *     a temporary folder
   */
  public record Options(int datasets, long seed, Path dir) {
    public Options {
      mesh(datasets, seed); // its checks, with its messages
    }

    SyntheticMeshConfig mesh() {
      return mesh(datasets, seed);
    }

    private static SyntheticMeshConfig mesh(int datasets, long seed) {
      return SyntheticMeshConfig.of(datasets).withSeed(seed).withColumnsPerDataset(5);
    }
  }

  /** The catalog write: its time (0 when reused) and the file's size. */
  record Ingest(long nanos, boolean reused) {}

  /** One recompute: what it did, its peak heap, and the catalog's size after it. */
  record Recompute(
      RecomputeSummary summary, long peakHeap, long catalogBytes, long snapshotPayloadBytes) {}

  /** The baseline: its time and the rows its queries gave. */
  record Baseline(long nanos, long rows) {}

  private HealthBenchmark() {}

  /** Runs the benchmark and prints the table to {@code out}. */
  public static HealthBenchReport run(Options options, PrintStream out) {
    HealthBenchReport report = run(options);
    out.print(report.table());
    out.flush();
    return report;
  }

  /** Runs the benchmark; progress is logged. */
  public static HealthBenchReport run(Options options) {
    try (BenchFolder folder = BenchFolder.open(options.dir(), "meshlens-health-bench")) {
      Path catalog = folder.resolve(CATALOG);
      double loadBefore = loadAverage();
      Ingest ingest = ingest(options, folder.path(), catalog);
      LOG.info("Baseline: the SQL aggregations of the facts, raw JDBC");
      long start = System.nanoTime();
      long rows = HealthBaseline.run(catalog);
      Baseline baseline = new Baseline(System.nanoTime() - start, rows);
      LOG.info("Baseline done: {} rows in {} ms", rows, baseline.nanos() / 1_000_000);
      Recompute recompute = recompute(catalog);
      return new HealthBenchReport(
          options, ingest, recompute, baseline, loadBefore, loadAverage(), HeapWatch.maxBytes());
    }
  }

  private static Recompute recompute(Path catalog) {
    try (SqliteCatalogStore store = SqliteCatalogStore.open(catalog)) {
      RecomputeSummary summary;
      long peak;
      try (HeapWatch heap = HeapWatch.start()) {
        summary = store.health().recomputeAll(HealthPolicy.defaults(), Instant.now());
        peak = heap.peakBytes();
      }
      store.close();
      return new Recompute(summary, peak, size(catalog), payload(catalog, summary));
    }
  }

  /** The bytes of the day's snapshot rows as stored values (keys and row headers aside). */
  private static long payload(Path catalog, RecomputeSummary summary) {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + catalog.toAbsolutePath());
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT sum(16 + length(signals) + coalesce(length(detail), 0)"
                    + " + coalesce(length(cap), 0) + coalesce(length(grade), 0))"
                    + " FROM health_snapshots WHERE day = ?")) {
      ps.setLong(1, summary.day().toEpochDay());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getLong(1) : 0;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot measure the snapshots: " + e.getMessage(), e);
    }
  }

  private static Ingest ingest(Options options, Path dir, Path catalog) {
    String shape = options.mesh() + " + runs and quality results";
    boolean reuse =
        Files.exists(catalog) && read(dir.resolve(SHAPE_FILE)).equals(Optional.of(shape));
    LOG.info(
        "{} {} datasets in {}",
        reuse ? "Reusing the catalog of" : "Writing",
        options.datasets(),
        dir);
    if (reuse) {
      return new Ingest(0, true);
    }
    BenchFolder.delete(dir.resolve(SHAPE_FILE));
    Stream.of("", "-wal", "-shm").forEach(s -> BenchFolder.delete(Path.of(catalog + s)));
    HealthBenchmarkFacts facts = new HealthBenchmarkFacts(options.seed());
    SyntheticMeshGenerator generator = new SyntheticMeshGenerator(options.mesh());
    ProgressLog progress = new ProgressLog(LOG, "Ingest", options.datasets(), "datasets");
    int batchSize = options.mesh().batchSize();
    long start = System.nanoTime();
    try (SqliteCatalogStore store = SqliteCatalogStore.open(catalog)) {
      Iterator<Batch> batches = generator.iterator();
      for (long done = 0; batches.hasNext(); done += batchSize) {
        store.apply(facts.withFacts(batches.next()));
        progress.update(Math.min(done, options.datasets()));
      }
    }
    long nanos = System.nanoTime() - start;
    write(dir.resolve(SHAPE_FILE), shape);
    return new Ingest(nanos, false);
  }

  static double loadAverage() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  private static long size(Path catalog) {
    long bytes = 0;
    for (String suffix : new String[] {"", "-wal"}) {
      Path file = Path.of(catalog + suffix);
      try {
        bytes += Files.exists(file) ? Files.size(file) : 0;
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot measure " + file, e);
      }
    }
    return bytes;
  }

  private static Optional<String> read(Path file) {
    try {
      return Files.exists(file) ? Optional.of(Files.readString(file, UTF_8)) : Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }

  private static void write(Path file, String text) {
    try {
      Files.writeString(file, text, UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file, e);
    }
  }
}
