package dev.meshlens.api.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.meshlens.api.Meshlens;
import dev.meshlens.api.ServerConfig;
import dev.meshlens.catalog.Batch;
import dev.meshlens.catalog.sqlite.SqliteCatalogStore;
import dev.meshlens.indexer.search.SearchIndex;
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
 * Search benchmark: generates a mesh of N datasets with their columns (the ingest benchmark's
 * generator, datasets only) into a catalog store, builds the search index from it (a new index
 * catching up with the change log, timed, its size and peak heap measured), starts the real server
 * on that data folder, then offers a mixed list of searches at a fixed rate, open loop, over HTTP
 * and to the raw {@code IndexSearcher} of the same index, and autocomplete over HTTP (see {@link
 * SearchLoad}). Prints a table against the targets: search p50 at most 10 ms and p99 at most 50 ms
 * over HTTP, HTTP p99 at most 3x the raw p99 + 5 ms, autocomplete p99 at most 15 ms, within a 4 GiB
 * heap.
 */
public final class SearchBenchmark {
  private static final Logger LOG = LoggerFactory.getLogger(SearchBenchmark.class);
  private static final String SHAPE_FILE = "bench-search.shape";
  private static final int DISTINCT_QUERIES = 500;

  /**
   * How to run.
   *
   * @param rate searches (and autocompletes) offered per second
   * @param duration how long each load runs
   * @param dir where the catalog and the index go, kept there (a catalog of the same shape written
   *     there before is reused; the index is always built again); null for a temporary folder
   */
  public record Options(
      int datasets, int columns, long seed, double rate, Duration duration, Path dir) {
    public Options {
      mesh(datasets, columns, seed); // its checks, with its messages
      if (!(rate > 0) || rate > 100_000) {
        throw new IllegalArgumentException("rate must be in (0, 100000] per second; got: " + rate);
      }
      if (duration == null || duration.isNegative() || duration.toMillis() < 100) {
        throw new IllegalArgumentException("duration must be >= 100 ms; got: " + duration);
      }
    }

    /** 10 columns, seed 42, 200 searches/s for 30 s, in a temporary folder. */
    public static Options of(int datasets) {
      return new Options(datasets, 10, 42, 200, Duration.ofSeconds(30), null);
    }

    SyntheticMeshConfig mesh() {
      return mesh(datasets, columns, seed);
    }

    private static SyntheticMeshConfig mesh(int datasets, int columns, long seed) {
      return new SyntheticMeshConfig(datasets, columns, seed, 1_000, Content.DATASETS_ONLY);
    }

    /** How many requests each load sends: the rate times the duration, at least one. */
    int requests() {
      return (int) Math.max(1, Math.round(rate * duration.toNanos() / 1e9));
    }
  }

  /** How the catalog was written: the time (0 when a catalog of the same shape was reused). */
  record Ingest(long nanos, boolean reused) {}

  /** The index build: its time, documents, size on disk and the peak heap in use meanwhile. */
  record Build(long nanos, int documents, long bytes, long peakHeap) {}

  private SearchBenchmark() {}

  /** Runs the benchmark and prints the table to {@code out}. */
  public static SearchBenchReport run(Options options, PrintStream out) {
    SearchBenchReport report = run(options);
    out.print(report.table());
    out.flush();
    return report;
  }

  /** Runs the benchmark; progress is logged. */
  public static SearchBenchReport run(Options options) {
    try (BenchFolder folder = BenchFolder.open(options.dir(), "meshlens-search-bench")) {
      Path dir = folder.path();
      QueryMaterial material = new QueryMaterial(Math.max(1, options.datasets() / 5_000));
      Ingest ingest = ingest(options, dir, material);
      Build build = build(dir);
      try (Meshlens server = Meshlens.start(serverConfig(dir));
          HeapWatch heap = HeapWatch.start()) {
        SearchQueries queries = new SearchQueries(material, options.seed());
        SearchLoad load =
            new SearchLoad(
                server, queries.mixed(DISTINCT_QUERIES), queries.prefixes(DISTINCT_QUERIES));
        SearchLoad.Measured measured = load.run(options.rate(), options.requests());
        return new SearchBenchReport(
            options, ingest, build, measured, heap.peakBytes(), HeapWatch.maxBytes());
      }
    }
  }

  static ServerConfig serverConfig(Path dir) {
    return ServerConfig.defaults().withPort(0).withDataDir(dir).withSampleMesh(false);
  }

  /**
   * Writes the generated mesh into the catalog of {@code dir}, unless a catalog of the same shape
   * is there already; either way every batch goes through {@code material}.
   */
  private static Ingest ingest(Options options, Path dir, QueryMaterial material) {
    SyntheticMeshGenerator generator = new SyntheticMeshGenerator(options.mesh());
    Path catalog = serverConfig(dir).catalogFile();
    String shape = options.mesh().toString();
    boolean reuse =
        Files.exists(catalog) && read(dir.resolve(SHAPE_FILE)).equals(Optional.of(shape));
    LOG.info(
        "{} {} datasets x {} columns in {}",
        reuse ? "Reusing the catalog of" : "Writing",
        options.datasets(),
        options.columns(),
        dir);
    if (!reuse) {
      BenchFolder.delete(dir.resolve(SHAPE_FILE));
      Stream.of("", "-wal", "-shm").forEach(s -> BenchFolder.delete(Path.of(catalog + s)));
    }
    ProgressLog progress = new ProgressLog(LOG, "Ingest", options.datasets(), "datasets");
    long start = System.nanoTime();
    int batchSize = options.mesh().batchSize();
    try (SqliteCatalogStore store = reuse ? null : SqliteCatalogStore.open(catalog)) {
      Iterator<Batch> batches = generator.iterator();
      for (long done = batchSize; batches.hasNext(); done += batchSize) {
        Batch batch = batches.next();
        material.add(batch);
        if (store != null) {
          store.apply(batch);
          progress.update(Math.min(done, options.datasets()));
        }
      }
    }
    long nanos = System.nanoTime() - start;
    write(dir.resolve(SHAPE_FILE), shape);
    return new Ingest(reuse ? 0 : nanos, reuse);
  }

  /** A new index (any old one deleted) catching up with the whole change log of the catalog. */
  private static Build build(Path dir) {
    Path indexDir = serverConfig(dir).searchIndexDir();
    BenchFolder.delete(indexDir);
    LOG.info("Building the search index in {}", indexDir);
    try (SqliteCatalogStore store = SqliteCatalogStore.open(serverConfig(dir).catalogFile());
        HeapWatch heap = HeapWatch.start()) {
      long start = System.nanoTime();
      long nanos;
      int documents;
      try (SearchIndex index = SearchIndex.open(store, indexDir)) {
        nanos = System.nanoTime() - start;
        documents = index.withSearcher(s -> s.getIndexReader().numDocs());
      }
      LOG.info("Search index built: {} documents in {} ms", documents, nanos / 1_000_000);
      return new Build(nanos, documents, size(indexDir), heap.peakBytes());
    }
  }

  static long size(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(SearchBenchmark::sizeOf).sum();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot measure " + dir, e);
    }
  }

  private static long sizeOf(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot measure " + file, e);
    }
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
