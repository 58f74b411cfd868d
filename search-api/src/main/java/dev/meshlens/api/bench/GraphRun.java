package dev.meshlens.api.bench;

import dev.meshlens.lineage.LineageGraph;
import dev.meshlens.sample.bench.graph.LineageMesh;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The walks of the graph benchmark, each way, from the same starts, one kind after the other: the
 * in-memory BFS and the lineage graph in process (each walk timed alone, after as many untimed),
 * then the SPARQL property path from the first starts, each closure compared with the lineage
 * graph's answer.
 */
final class GraphRun {
  private static final Logger LOG = LoggerFactory.getLogger(GraphRun.class);
  private static final int WALK_ROUNDS = 5;
  private static final int SPARQL_WARM_UP = 5;

  private final GraphBenchmark.Options options;
  private final LineageMesh mesh;
  private final LineageGraph graph;

  GraphRun(GraphBenchmark.Options options, LineageMesh mesh, LineageGraph graph) {
    this.options = options;
    this.mesh = mesh;
    this.graph = graph;
  }

  /** Both ways' walks and how the node sets compared. */
  record Result(
      GraphBenchmark.Walks upstream, GraphBenchmark.Walks downstream, NodeSets nodeSets) {}

  Result run() {
    GraphStarts starts = GraphStarts.pick(mesh, options.starts(), options.seed());
    GraphWalks alone =
        new GraphWalks(starts, GraphBenchmark.DEPTH, GraphBenchmark.NODE_CAP, WALK_ROUNDS);
    AdjacencyBfs bfs = new AdjacencyBfs(mesh.datasets(), mesh.edges());
    SparqlComparison sparql =
        new SparqlComparison(
            new SparqlClosure(graph.dataset(), options.sparqlTimeout().toMillis()),
            alone.answers(graph),
            bfs,
            mesh);
    GraphBenchmark.Walks up = walks(starts, alone, bfs, sparql, true);
    GraphBenchmark.Walks down = walks(starts, alone, bfs, sparql, false);
    return new Result(up, down, sparql.nodeSets());
  }

  private GraphBenchmark.Walks walks(
      GraphStarts starts,
      GraphWalks alone,
      AdjacencyBfs bfs,
      SparqlComparison sparql,
      boolean upstream) {
    String way = upstream ? "upstream" : "downstream";
    LOG.info("{}: {} walks of the in-memory BFS, then in process", way, starts.size());
    long[] baseline = alone.bfs(bfs, upstream);
    GraphWalks.InProcess local = alone.inProcess(graph, upstream);
    LOG.info("{}: SPARQL property path from the first {} starts", way, options.sparqlStarts());
    SparqlComparison.Timings timings =
        sparql.run(starts, options.sparqlStarts(), upstream, SPARQL_WARM_UP);
    return new GraphBenchmark.Walks(
        Latencies.of(timings.nanos()),
        timings.timedOut(),
        Latencies.of(baseline),
        Latencies.of(local.nanos()),
        Latencies.of(onSparqlStarts(local.nanos(), starts.size())),
        local.overCap());
  }

  /** The times of walks from the SPARQL starts: walk {@code i} is from start {@code i % n}. */
  private long[] onSparqlStarts(long[] nanos, int n) {
    return IntStream.range(0, nanos.length)
        .filter(i -> i % n < options.sparqlStarts())
        .mapToLong(i -> nanos[i])
        .toArray();
  }
}
