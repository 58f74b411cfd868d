package dev.meshlens.api.bench;

import static dev.meshlens.sample.bench.BenchTable.number;
import static dev.meshlens.sample.bench.BenchTable.ratio;
import static dev.meshlens.sample.bench.BenchTable.seconds;
import static dev.meshlens.sample.bench.BenchTable.verdict;

import dev.meshlens.sample.bench.BenchRow;
import dev.meshlens.sample.bench.BenchTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The outcome of a lineage graph benchmark: adding edges (the graph built from the store against
 * raw Jena adding the same edges), then walks at depth 10 under the default node cap each way over
 * HTTP at a fixed rate (and in process), against the SPARQL property path and the in-memory BFS
 * from the same starts, and how their node sets compared; against the targets: the same node sets
 * as SPARQL, API p99 at most {@value #MAX_P99_MILLIS} ms, at least {@value #MIN_SPEED_UP}x faster
 * than SPARQL at p50.
 */
public record GraphBenchReport(
    GraphBenchmark.Options options,
    GraphBenchmark.Shape shape,
    GraphBenchmark.Build build,
    GraphBenchmark.Walks upstream,
    GraphBenchmark.Walks downstream,
    NodeSets nodeSets,
    long peakHeap,
    long maxHeap,
    double loadAverage) {
  public static final double MAX_P99_MILLIS = 25;
  public static final double MIN_SPEED_UP = 3;
  static final List<String> HEADER =
      List.of("metric", "Meshlens", "baseline", "ratio", "target", "result");
  private static final double MIB = 1 << 20;

  /** Edges added per second building the graph from the store. */
  public double edgeRate() {
    return rate(build.graphNanos());
  }

  /** Edges added per second by raw Jena in one write transaction. */
  public double rawEdgeRate() {
    return rate(build.rawTransactionNanos());
  }

  private double rate(long nanos) {
    return shape.edges() / (nanos / 1e9);
  }

  public boolean allTargetsMet() {
    return nodeSets.agree() && meets(upstream) && meets(downstream);
  }

  private static boolean meets(GraphBenchmark.Walks walks) {
    return walks.api().p99Millis() <= MAX_P99_MILLIS && speedUp(walks) >= MIN_SPEED_UP;
  }

  /** How many times faster than SPARQL the API is at p50, from the same starts. */
  public static double speedUp(GraphBenchmark.Walks walks) {
    return walks.sparql().p50Millis() / walks.apiOnSparqlStarts().p50Millis();
  }

  public List<BenchRow> rows() {
    List<BenchRow> rows = new ArrayList<>();
    rows.addAll(edgeRows());
    rows.addAll(walkRows("upstream", upstream));
    rows.addAll(walkRows("downstream", downstream));
    rows.addAll(nodeSetRows());
    rows.add(
        BenchRow.of(
            "peak heap in use (baseline: the max heap)",
            String.format(Locale.ROOT, "%,.0f MiB", peakHeap / MIB),
            String.format(Locale.ROOT, "%,.0f MiB", maxHeap / MIB),
            String.format(Locale.ROOT, "%.0f%%", 100.0 * peakHeap / maxHeap)));
    return rows;
  }

  private List<BenchRow> edgeRows() {
    double ours = edgeRate();
    double loader = rate(build.rawLoaderNanos());
    return List.of(
        BenchRow.of(
            "edges added/s: graph built from the store (baseline: raw Jena, one TDB2 write"
                + " transaction)",
            number(ours),
            number(rawEdgeRate()),
            ratio(ours / rawEdgeRate())),
        BenchRow.of(
            "edges added/s: graph built from the store (baseline: raw Jena, TDB2 phased loader)",
            number(ours),
            number(loader),
            ratio(ours / loader)),
        BenchRow.of(
            "statements written: quads in the graph (baseline: raw Jena, the edges as triples)",
            number(build.quads()),
            number(shape.edges()),
            ratio((double) build.quads() / shape.edges())),
        BenchRow.of(
            "statements added/s: quads (baseline: raw Jena, triples in one write transaction)",
            number(build.quads() / (build.graphNanos() / 1e9)),
            number(rawEdgeRate()),
            ratio(build.quads() / (build.graphNanos() / 1e9) / rawEdgeRate())),
        BenchRow.of(
            "graph on disk (baseline: raw Jena, one write transaction)",
            String.format(Locale.ROOT, "%,.0f MiB", build.graphBytes() / MIB),
            String.format(Locale.ROOT, "%,.0f MiB", build.rawTransactionBytes() / MIB),
            ratio((double) build.graphBytes() / build.rawTransactionBytes())),
        BenchRow.of(
            "time to add the edges (baseline: raw Jena, one write transaction)",
            seconds(build.graphNanos() / 1e9),
            seconds(build.rawTransactionNanos() / 1e9),
            ratio((double) build.graphNanos() / build.rawTransactionNanos())));
  }

  private List<BenchRow> walkRows(String way, GraphBenchmark.Walks walks) {
    Latencies api = walks.api();
    Latencies same = walks.apiOnSparqlStarts();
    Latencies sparql = walks.sparql();
    Latencies bfs = walks.bfs();
    Latencies local = walks.inProcess();
    Latencies alone = walks.apiAlone();
    return List.of(
        new BenchRow(
            way + ": API p50, SPARQL's starts (baseline: SPARQL property path)",
            millis(same.p50Millis()),
            millis(sparql.p50Millis()),
            ratio(speedUp(walks)) + " faster",
            String.format(Locale.ROOT, ">= %.0fx faster", MIN_SPEED_UP),
            verdict(speedUp(walks) >= MIN_SPEED_UP)),
        BenchRow.of(
            way + ": API p99, SPARQL's starts (baseline: SPARQL property path)",
            millis(same.p99Millis()),
            millis(sparql.p99Millis()),
            ratio(sparql.p99Millis() / same.p99Millis()) + " faster"),
        BenchRow.of(
            way + ": API p50, all starts (baseline: in-memory BFS)",
            millis(api.p50Millis()),
            millis(bfs.p50Millis()),
            ratio(api.p50Millis() / bfs.p50Millis())),
        new BenchRow(
            way + ": API p99, all starts (baseline: in-memory BFS)",
            millis(api.p99Millis()),
            millis(bfs.p99Millis()),
            ratio(api.p99Millis() / bfs.p99Millis()),
            String.format(Locale.ROOT, "<= %.0f ms", MAX_P99_MILLIS),
            verdict(api.p99Millis() <= MAX_P99_MILLIS)),
        BenchRow.of(
            way + ": API max, all starts (baseline: in-memory BFS)",
            millis(api.maxMillis()),
            millis(bfs.maxMillis()),
            ratio(api.maxMillis() / bfs.maxMillis())),
        BenchRow.of(
            way + ": API one request at a time, p50 / p99 (baseline: in process)",
            millis(alone.p50Millis()) + " / " + millis(alone.p99Millis()),
            millis(local.p50Millis()) + " / " + millis(local.p99Millis()),
            ratio(alone.p50Millis() / local.p50Millis())
                + " / "
                + ratio(alone.p99Millis() / local.p99Millis())),
        BenchRow.of(
            way + ": API answer size, p50 / max",
            kib(walks.answerSizes().p50()) + " / " + kib(walks.answerSizes().max()),
            "",
            ""),
        BenchRow.of(
            way + ": in process, no HTTP, p50 / p99 (baseline: in-memory BFS)",
            millis(local.p50Millis()) + " / " + millis(local.p99Millis()),
            millis(bfs.p50Millis()) + " / " + millis(bfs.p99Millis()),
            ratio(local.p50Millis() / bfs.p50Millis())
                + " / "
                + ratio(local.p99Millis() / bfs.p99Millis())),
        BenchRow.of(
            way + ": answers over the node cap (baseline: SPARQL timeouts)",
            of(walks.overCap(), options.starts()),
            of(walks.sparqlTimeouts(), walks.sparql().count()),
            ""));
  }

  private List<BenchRow> nodeSetRows() {
    NodeSets n = nodeSets;
    return List.of(
        new BenchRow(
            "node sets: complete API answers = SPARQL closure",
            of(n.completeEqual(), n.complete()),
            "",
            "",
            "the same nodes",
            verdict(n.agree())),
        BenchRow.of(
            "node sets: partial API answers within the SPARQL closure",
            of(n.partialWithin(), n.partial()),
            "",
            ""),
        BenchRow.of(
            "node sets: BFS without limits = SPARQL closure",
            of(n.bfsEqual(), n.queries() - n.sparqlTimedOut()),
            "",
            ""));
  }

  private static String kib(long chars) {
    return String.format(Locale.ROOT, "%,.1f KiB", chars / 1024.0);
  }

  private static String of(int part, int whole) {
    return String.format(Locale.ROOT, "%,d of %,d", part, whole);
  }

  static String millis(double millis) {
    return String.format(Locale.ROOT, millis < 1 ? "%.3f ms" : "%,.1f ms", millis);
  }

  /** The table as Markdown, under a line saying what was run, then any node sets that differ. */
  public String table() {
    StringBuilder out = new StringBuilder(BenchTable.render(headline(), HEADER, rows()));
    for (String mismatch : nodeSets.mismatches()) {
      out.append("node sets differ: ").append(mismatch).append('\n');
    }
    return out.toString();
  }

  private String headline() {
    return String.format(
        Locale.ROOT,
        "Lineage graph: %,d dataset-to-dataset edges (%,d datasets, %,d jobs; %d hub datasets read"
            + " by %,d to %,d jobs, %d hub jobs of %d x %d; seed %d); walks at depth %d, node cap"
            + " %,d, from %,d starts (%d hubs); API: %,.0f requests/s for %s each way, open loop;"
            + " SPARQL: the first %d starts, timeout %s; max heap %,.0f MiB; load average %.1f;"
            + " Java %s",
        shape.edges(),
        shape.datasets(),
        shape.jobs(),
        shape.hubReaders().length,
        Arrays.stream(shape.hubReaders()).min().orElse(0),
        Arrays.stream(shape.hubReaders()).max().orElse(0),
        shape.hubJobs(),
        shape.hubJobSide(),
        shape.hubJobSide(),
        options.seed(),
        GraphBenchmark.DEPTH,
        GraphBenchmark.NODE_CAP,
        options.starts(),
        options.starts() / GraphStarts.HUB_EVERY,
        options.rate(),
        seconds(options.duration().toMillis() / 1e3),
        options.sparqlStarts(),
        seconds(options.sparqlTimeout().toMillis() / 1e3),
        maxHeap / MIB,
        loadAverage,
        Runtime.version().feature());
  }
}
