package dev.meshlens.api.bench;

import dev.meshlens.lineage.LineageGraph;
import dev.meshlens.sample.bench.graph.LineageMesh;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The walks of the graph benchmark, each way, from the same starts, one kind after the other: the
 * in-memory BFS and the lineage graph in process (each walk timed alone, after as many untimed),
 * the SPARQL property path from the first starts (each closure compared with the API's answer),
 * then the API over HTTP: one request at a time over the starts (once untimed, once timed, the
 * answers' sizes noted), then at the offered rate, open loop.
 */
final class GraphRun {
  private static final Logger LOG = LoggerFactory.getLogger(GraphRun.class);
  private static final int WALK_ROUNDS = 5;
  private static final int SPARQL_WARM_UP = 5;

  private final GraphBenchmark.Options options;
  private final LineageMesh mesh;
  private final LineageGraph graph;
  private final GraphApi api;

  GraphRun(GraphBenchmark.Options options, LineageMesh mesh, LineageGraph graph, String server) {
    this.options = options;
    this.mesh = mesh;
    this.graph = graph;
    this.api = new GraphApi(server, GraphBenchmark.DEPTH);
  }

  /** Both ways' walks and how the node sets compared. */
  record Result(
      GraphBenchmark.Walks upstream, GraphBenchmark.Walks downstream, NodeSets nodeSets) {}

  Result run() {
    GraphStarts starts = GraphStarts.pick(mesh, options.starts(), options.seed());
    AdjacencyBfs bfs = new AdjacencyBfs(mesh.datasets(), mesh.edges());
    SparqlComparison sparql =
        new SparqlComparison(
            new SparqlClosure(graph.dataset(), options.sparqlTimeout().toMillis()),
            api.answers(GraphBenchmark.NODE_CAP),
            bfs,
            mesh);
    GraphBenchmark.Walks up = walks(starts, bfs, sparql, true);
    GraphBenchmark.Walks down = walks(starts, bfs, sparql, false);
    return new Result(up, down, sparql.nodeSets());
  }

  private GraphBenchmark.Walks walks(
      GraphStarts starts, AdjacencyBfs bfs, SparqlComparison sparql, boolean upstream) {
    String way = upstream ? "upstream" : "downstream";
    GraphWalks alone =
        new GraphWalks(starts, GraphBenchmark.DEPTH, GraphBenchmark.NODE_CAP, WALK_ROUNDS);
    LOG.info("{}: {} walks of the in-memory BFS, then in process", way, starts.size());
    long[] baseline = alone.bfs(bfs, upstream);
    GraphWalks.InProcess local = alone.inProcess(graph, upstream);
    LOG.info("{}: SPARQL property path from the first {} starts", way, options.sparqlStarts());
    SparqlComparison.Timings timings =
        sparql.run(starts, options.sparqlStarts(), upstream, SPARQL_WARM_UP);
    LOG.info("{}: lineage API, each start once untimed, then once at a time", way);
    api.oneAtATime("lineage API warm-up " + way, starts.urns(), upstream, starts.size());
    GraphApi.Measured single =
        api.oneAtATime("lineage API alone " + way, starts.urns(), upstream, starts.size());
    LOG.info(
        "{}: lineage API, {} requests at {}/s over HTTP", way, options.requests(), options.rate());
    GraphApi.Measured http =
        api.load("lineage API " + way, starts.urns(), upstream, options.rate(), options.requests());
    return new GraphBenchmark.Walks(
        Latencies.of(http.nanos()),
        Latencies.of(onSparqlStarts(http.nanos(), starts.size())),
        Latencies.of(single.nanos()),
        Latencies.of(single.sizes()),
        Latencies.of(timings.nanos()),
        timings.timedOut(),
        Latencies.of(baseline),
        Latencies.of(local.nanos()),
        local.overCap());
  }

  /** The latencies of requests from the SPARQL starts: request {@code i} is from start i % n. */
  private long[] onSparqlStarts(long[] http, int n) {
    return IntStream.range(0, http.length)
        .filter(i -> i % n < options.sparqlStarts())
        .mapToLong(i -> http[i])
        .toArray();
  }
}
