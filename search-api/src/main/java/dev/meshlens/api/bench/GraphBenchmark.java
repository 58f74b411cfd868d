package dev.meshlens.api.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.meshlens.api.Meshlens;
import dev.meshlens.api.ServerConfig;
import dev.meshlens.catalog.Batch;
import dev.meshlens.catalog.sqlite.SqliteCatalogStore;
import dev.meshlens.lineage.LineageGraph;
import dev.meshlens.lineage.LineageRequest;
import dev.meshlens.sample.bench.BenchFolder;
import dev.meshlens.sample.bench.graph.LineageMesh;
import dev.meshlens.sample.bench.graph.LineageMeshConfig;
import dev.meshlens.sample.synthetic.ProgressLog;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.Optional;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lineage graph benchmark: generates a lineage mesh of about N dataset-to-dataset edges with hub
 * datasets and hub jobs ({@link LineageMesh}) into a SQLite catalog store, builds the lineage graph
 * from it ({@code LineageGraph.open}: the catch-up, timed) next to raw Jena adding the same edges
 * to a fresh TDB2 database ({@link RawJenaLoad}), then, from the same starts (random datasets and
 * hubs), starts the real server on that data folder and walks at depth {@value #DEPTH} under the
 * default node cap each way: over HTTP at a fixed rate, open loop ({@link GraphApi}), in process,
 * with the in-memory BFS baseline ({@link AdjacencyBfs}), and with a SPARQL property path on the
 * server's TDB2 dataset ({@link SparqlClosure}), comparing node sets ({@link SparqlComparison}).
 * Prints a table against the targets of {@link GraphBenchReport}.
 */
public final class GraphBenchmark {
  private static final Logger LOG = LoggerFactory.getLogger(GraphBenchmark.class);
  static final int DEPTH = 10;
  static final int NODE_CAP = LineageRequest.DEFAULT_NODE_CAP;
  private static final String SHAPE_FILE = "bench-graph.shape";

  /**
   * How to run.
   *
   * @param edges dataset-to-dataset edges to generate (about)
   * @param rate lineage requests offered per second over HTTP, each way
   * @param duration how long each way's load runs
   * @param starts how many start datasets (one in {@value GraphStarts#HUB_EVERY} a hub)
   * @param sparqlStarts how many of the first starts the SPARQL property path runs from
   * @param sparqlTimeout the timeout of each SPARQL query
   * @param dir where the catalog and the graphs go, kept there (a catalog of the same shape is
   *     reused; the graphs are always built again); null for a temporary folder
   */
  public record Options(
      long edges,
      double rate,
      Duration duration,
      int starts,
      int sparqlStarts,
      Duration sparqlTimeout,
      long seed,
      Path dir) {
    public Options {
      mesh(edges, seed); // its checks, with its messages
      if (!(rate > 0) || rate > 10_000) {
        throw new IllegalArgumentException("rate must be in (0, 10000] per second; got: " + rate);
      }
      if (duration == null || duration.toMillis() < 100) {
        throw new IllegalArgumentException("duration must be >= 100 ms; got: " + duration);
      }
      if (starts < GraphStarts.HUB_EVERY || starts > 100_000) {
        throw new IllegalArgumentException("starts must be in [20, 100000]; got: " + starts);
      }
      if (sparqlStarts < 1 || sparqlStarts > starts) {
        throw new IllegalArgumentException(
            "sparqlStarts must be in [1, starts]; got: " + sparqlStarts);
      }
      if (sparqlTimeout == null || sparqlTimeout.toMillis() < 1) {
        throw new IllegalArgumentException("sparqlTimeout must be >= 1 ms; got: " + sparqlTimeout);
      }
    }

    /**
     * 50 requests/s for 30 s each way, 200 starts, SPARQL from 100 with a 5 s timeout, seed 42, in
     * a temporary folder.
     */
    public static Options of(long edges) {
      return new Options(
          edges, 50, Duration.ofSeconds(30), 200, 100, Duration.ofSeconds(5), 42, null);
    }

    /** How many requests each way's load sends: the rate times the duration, at least one. */
    int requests() {
      return (int) Math.max(1, Math.round(rate * duration.toNanos() / 1e9));
    }

    LineageMeshConfig mesh() {
      return mesh(edges, seed);
    }

    private static LineageMeshConfig mesh(long edges, long seed) {
      return LineageMeshConfig.of(edges).withSeed(seed);
    }
  }

  /**
   * What was generated.
   *
   * @param hubReaders how many jobs read each hub dataset
   */
  public record Shape(
      int edges, int datasets, int jobs, int[] hubReaders, int hubJobs, int hubJobSide) {
    static Shape of(LineageMesh mesh) {
      int[] readers = new int[mesh.config().hubDatasets()];
      for (int job = 0; job < mesh.jobs(); job++) {
        for (int input : mesh.inputs(job)) {
          if (input < readers.length) {
            readers[input]++;
          }
        }
      }
      return new Shape(
          mesh.edgeCount(),
          mesh.datasets(),
          mesh.jobs(),
          readers,
          mesh.config().hubJobs(),
          mesh.config().hubJobSide());
    }
  }

  /**
   * Adding the edges: writing the catalog (0 when reused), building the graph from it (and the
   * quads it then holds, in every named graph), and raw Jena adding the same edges as triples in
   * one write transaction and with the phased loader.
   */
  public record Build(
      long storeNanos,
      long graphNanos,
      long quads,
      long graphBytes,
      long rawTransactionNanos,
      long rawTransactionBytes,
      long rawLoaderNanos) {}

  /**
   * One way's walks, from the same starts.
   *
   * @param api over HTTP at the offered rate, from the time each request was due
   * @param apiOnSparqlStarts those of them from the starts SPARQL ran from
   * @param apiAlone over HTTP one request at a time, once from each start
   * @param answerSizes the sizes of those answers, in characters of JSON (not nanoseconds)
   * @param overCap starts whose answer left nodes out at the node cap
   */
  public record Walks(
      Latencies api,
      Latencies apiOnSparqlStarts,
      Latencies apiAlone,
      Latencies answerSizes,
      Latencies sparql,
      int sparqlTimeouts,
      Latencies bfs,
      Latencies inProcess,
      int overCap) {}

  private GraphBenchmark() {}

  /** Runs the benchmark and prints the table to {@code out}. */
  public static GraphBenchReport run(Options options, PrintStream out) {
    GraphBenchReport report = run(options);
    out.print(report.table());
    out.flush();
    return report;
  }

  /** Runs the benchmark; progress is logged. */
  public static GraphBenchReport run(Options options) {
    try (BenchFolder folder = BenchFolder.open(options.dir(), "meshlens-graph-bench");
        HeapWatch heap = HeapWatch.start()) {
      ServerConfig config = serverConfig(folder.path());
      LOG.info("Generating a lineage mesh of about {} edges", options.edges());
      LineageMesh mesh = LineageMesh.generate(options.mesh());
      Shape shape = Shape.of(mesh);
      LOG.info("{} edges: {} datasets, {} jobs", shape.edges(), shape.datasets(), shape.jobs());
      Build build = build(mesh, config, writeCatalog(options, mesh, config));
      LOG.info("Starting the server on {}", config.dataDir());
      try (Meshlens server = Meshlens.start(config)) {
        GraphRun.Result result =
            new GraphRun(options, mesh, server.lineageGraph(), server.url()).run();
        return new GraphBenchReport(
            options,
            shape,
            build,
            result.upstream(),
            result.downstream(),
            result.nodeSets(),
            heap.peakBytes(),
            HeapWatch.maxBytes(),
            ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
      }
    }
  }

  static ServerConfig serverConfig(Path dir) {
    return ServerConfig.defaults().withPort(0).withDataDir(dir).withSampleMesh(false);
  }

  /**
   * Builds the server's lineage graph from the catalog (any old one deleted), then has raw Jena add
   * the same edges to new databases (deleted afterwards).
   */
  private static Build build(LineageMesh mesh, ServerConfig config, long storeNanos) {
    Path graphDir = config.lineageGraphDir();
    BenchFolder.delete(graphDir);
    long graphNanos;
    long quads;
    try (SqliteCatalogStore store = SqliteCatalogStore.open(config.catalogFile())) {
      LOG.info("Building the lineage graph from the catalog in {}", graphDir);
      Timed<LineageGraph> opened = Timed.time(() -> LineageGraph.open(store, graphDir));
      try (LineageGraph graph = opened.value()) {
        graphNanos = opened.nanos();
        LOG.info("Lineage graph built in {} ms", graphNanos / 1_000_000);
        quads = quads(graph);
      }
    }
    RawJenaLoad rawJena = RawJenaLoad.of(mesh);
    Path dir = config.dataDir();
    Raw transaction = raw(dir.resolve("raw-jena-transaction"), rawJena::inOneTransaction);
    Raw loader = raw(dir.resolve("raw-jena-loader"), rawJena::withBulkLoader);
    return new Build(
        storeNanos,
        graphNanos,
        quads,
        size(graphDir),
        transaction.nanos(),
        transaction.bytes(),
        loader.nanos());
  }

  /** Every quad of the graph's TDB2 dataset: the asset graphs, the meta and derived graphs. */
  private static long quads(LineageGraph graph) {
    DatasetGraph dsg = graph.dataset().asDatasetGraph();
    long quads = Txn.calculateRead(dsg, () -> Iter.count(dsg.find()));
    LOG.info("The lineage graph holds {} quads", quads);
    return quads;
  }

  /** Raw Jena adding the edges into a new database under {@code dir}: time, then size on disk. */
  private static Raw raw(Path dir, ToLongFunction<Path> load) {
    BenchFolder.delete(dir);
    try {
      long nanos = load.applyAsLong(dir);
      return new Raw(nanos, size(dir));
    } finally {
      BenchFolder.delete(dir);
    }
  }

  private record Raw(long nanos, long bytes) {}

  /** The bytes of the files under {@code dir}. */
  static long size(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(GraphBenchmark::sizeOf).sum();
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

  /**
   * Writes the mesh into the server's catalog, unless a catalog of the same shape is there already
   * (the server's search index of it is then kept too); returns the time taken, 0 when reused.
   */
  private static long writeCatalog(Options options, LineageMesh mesh, ServerConfig config) {
    Path dir = config.dataDir();
    Path catalog = config.catalogFile();
    String shape = options.mesh().toString();
    if (Files.exists(catalog) && read(dir.resolve(SHAPE_FILE)).equals(Optional.of(shape))) {
      LOG.info("Reusing the catalog of {} in {}", shape, dir);
      return 0;
    }
    BenchFolder.delete(dir.resolve(SHAPE_FILE));
    BenchFolder.delete(config.searchIndexDir()); // it would be ahead of the new change log
    Stream.of("", "-wal", "-shm").forEach(s -> BenchFolder.delete(Path.of(catalog + s)));
    int assets = mesh.datasets() + mesh.jobs();
    ProgressLog progress = new ProgressLog(LOG, "Catalog", assets, "assets");
    long start = System.nanoTime();
    try (SqliteCatalogStore store = SqliteCatalogStore.open(catalog)) {
      long done = 0;
      for (Iterator<Batch> batches = mesh.batches(); batches.hasNext(); ) {
        Batch batch = batches.next();
        store.apply(batch);
        done += batch.upserts().size();
        progress.update(done);
      }
    }
    long nanos = System.nanoTime() - start;
    write(dir.resolve(SHAPE_FILE), shape);
    return nanos;
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
