package dev.meshlens.api.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.meshlens.api.Meshlens;
import dev.meshlens.api.ServerConfig;
import dev.meshlens.catalog.Batch;
import dev.meshlens.catalog.sqlite.SqliteCatalogStore;
import dev.meshlens.sample.bench.BenchFolder;
import dev.meshlens.sample.synthetic.ProgressLog;
import dev.meshlens.sample.synthetic.SyntheticMeshConfig;
import dev.meshlens.sample.synthetic.SyntheticMeshConfig.Content;
import dev.meshlens.sample.synthetic.SyntheticMeshGenerator;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Profile benchmark: generates a whole synthetic mesh of N datasets (products, jobs with column
 * lineage, usage) with runs of every job and quality results of every dataset added ({@link
 * ProfileBenchmarkFacts}) into a catalog, starts the real server on it (the search index and the
 * lineage graph catch up, timed), then reads the full profiles of random datasets over HTTP at a
 * fixed rate, open loop, and the same facts with raw JDBC on the same catalog at the same rate (the
 * baseline, see {@link ProfileLoad}); times each part of a profile one at a time in process.
 * Target: p99 at most 20 ms over HTTP.
 */
public final class ProfileBenchmark {
  private static final Logger LOG = LoggerFactory.getLogger(ProfileBenchmark.class);
  private static final String SHAPE_FILE = "bench-profile.shape";

  /**
   * How to run.
   *
   * @param rate profiles offered per second
   * @param duration how long each load runs
   * @param dir where the catalog and its projections go, kept there (a catalog of the same shape
   *     written there before is reused, with its projections); null for a temporary folder
   */
  public record Options(
      int datasets, int columns, long seed, double rate, Duration duration, Path dir) {
    public Options {
      mesh(datasets, columns, seed); // its checks, with its messages
      if (!(rate > 0) || rate > 10_000) {
        throw new IllegalArgumentException("rate must be in (0, 10000] per second; got: " + rate);
      }
      if (duration == null || duration.isNegative() || duration.toMillis() < 100) {
        throw new IllegalArgumentException("duration must be >= 100 ms; got: " + duration);
      }
    }

    SyntheticMeshConfig mesh() {
      return mesh(datasets, columns, seed);
    }

    private static SyntheticMeshConfig mesh(int datasets, int columns, long seed) {
      return new SyntheticMeshConfig(datasets, columns, seed, 1_000, Content.FULL_MESH);
    }

    /** How many requests each load sends: the rate times the duration, at least one. */
    int requests() {
      return (int) Math.max(1, Math.round(rate * duration.toNanos() / 1e9));
    }
  }

  /** How the catalog was written: its time (0 when reused) and the facts in it. */
  record Ingest(long nanos, boolean reused) {}

  private ProfileBenchmark() {}

  /** Runs the benchmark and prints the table to {@code out}. */
  public static ProfileBenchReport run(Options options, PrintStream out) {
    ProfileBenchReport report = run(options);
    out.print(report.table());
    out.flush();
    return report;
  }

  /** Runs the benchmark; progress is logged. */
  public static ProfileBenchReport run(Options options) {
    try (BenchFolder folder = BenchFolder.open(options.dir(), "meshlens-profile-bench")) {
      Path dir = folder.path();
      Ingest ingest = ingest(options, dir);
      LOG.info("Starting the server on {} (the search index and lineage graph catch up)", dir);
      long start = System.nanoTime();
      try (Meshlens server = Meshlens.start(serverConfig(dir));
          HeapWatch heap = HeapWatch.start()) {
        server.lineageGraph().catchUp();
        long startNanos = System.nanoTime() - start;
        LOG.info("Server ready in {} s", startNanos / 1_000_000_000);
        ProfileLoad.Measured measured =
            new ProfileLoad(server, options.seed()).run(options.rate(), options.requests());
        return new ProfileBenchReport(
            options, ingest, startNanos, measured, heap.peakBytes(), HeapWatch.maxBytes());
      }
    }
  }

  static ServerConfig serverConfig(Path dir) {
    return ServerConfig.defaults().withPort(0).withDataDir(dir).withSampleMesh(false);
  }

  /** Writes the generated mesh with its facts, unless a catalog of the same shape is there. */
  private static Ingest ingest(Options options, Path dir) {
    Path catalog = serverConfig(dir).catalogFile();
    String shape = options.mesh() + " + " + ProfileBenchmarkFacts.class.getSimpleName() + " v1";
    if (Files.exists(catalog) && read(dir.resolve(SHAPE_FILE)).equals(Optional.of(shape))) {
      LOG.info("Reusing the catalog of {} datasets in {}", options.datasets(), dir);
      return new Ingest(0, true);
    }
    LOG.info("Writing {} datasets x {} columns in {}", options.datasets(), options.columns(), dir);
    BenchFolder.delete(dir.resolve(SHAPE_FILE));
    Stream.of("", "-wal", "-shm").forEach(s -> BenchFolder.delete(Path.of(catalog + s)));
    BenchFolder.delete(serverConfig(dir).searchIndexDir());
    BenchFolder.delete(serverConfig(dir).lineageGraphDir());
    SyntheticMeshGenerator generator = new SyntheticMeshGenerator(options.mesh());
    ProgressLog progress = new ProgressLog(LOG, "Ingest", options.datasets(), "datasets");
    long start = System.nanoTime();
    int batchSize = options.mesh().batchSize();
    try (SqliteCatalogStore store = SqliteCatalogStore.open(catalog)) {
      Iterator<Batch> batches = generator.iterator();
      for (long done = 0; batches.hasNext(); done += batchSize) {
        store.apply(ProfileBenchmarkFacts.withFacts(batches.next()));
        progress.update(Math.min(done, options.datasets()));
      }
    }
    write(dir.resolve(SHAPE_FILE), shape);
    return new Ingest(System.nanoTime() - start, false);
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
