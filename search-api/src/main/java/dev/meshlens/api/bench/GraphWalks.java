package dev.meshlens.api.bench;

import dev.meshlens.lineage.Direction;
import dev.meshlens.lineage.Level;
import dev.meshlens.lineage.LineageGraph;
import dev.meshlens.lineage.LineageRequest;
import dev.meshlens.lineage.LineageResult;
import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Times walks one at a time, in this thread, with nothing else running: the adjacency BFS baseline
 * and the lineage graph's own walk in process (the index without HTTP or JSON), each from every
 * start, after as many walks again as a warm-up.
 */
final class GraphWalks {
  private static final Logger LOG = LoggerFactory.getLogger(GraphWalks.class);

  private final GraphStarts starts;
  private final int depth;
  private final int cap;
  private final int rounds;

  GraphWalks(GraphStarts starts, int depth, int cap, int rounds) {
    this.starts = starts;
    this.depth = depth;
    this.cap = cap;
    this.rounds = rounds;
  }

  /** Each BFS walk's time, {@code rounds} times over the starts. */
  long[] bfs(AdjacencyBfs bfs, boolean upstream) {
    return time("adjacency BFS", i -> bfs.walk(starts.ids()[i], upstream, depth, cap));
  }

  /**
   * In-process lineage queries: each one's time, {@code rounds} times over the starts, and how many
   * starts got an answer over the node cap.
   */
  record InProcess(long[] nanos, int overCap) {}

  /** Times the lineage graph's own queries, {@code rounds} times over the starts. */
  InProcess inProcess(LineageGraph graph, boolean upstream) {
    Direction direction = upstream ? Direction.UPSTREAM : Direction.DOWNSTREAM;
    boolean[] over = new boolean[starts.size()];
    long[] nanos =
        time(
            "lineage graph in process",
            i -> {
              LineageResult result =
                  graph.lineage(
                      new LineageRequest(
                          starts.urns().get(i), direction, depth, Level.DATASET, cap));
              over[i] = result.limits().nodesOverCap() > 0;
            });
    int overCap = 0;
    for (boolean o : over) {
      overCap += o ? 1 : 0;
    }
    return new InProcess(nanos, overCap);
  }

  private long[] time(String what, IntConsumer walk) {
    int n = starts.size();
    for (int i = 0; i < n * rounds; i++) {
      walk.accept(i % n);
    }
    long[] nanos = new long[n * rounds];
    for (int i = 0; i < nanos.length; i++) {
      long began = System.nanoTime();
      walk.accept(i % n);
      nanos[i] = System.nanoTime() - began;
    }
    LOG.info("{}: {} walks timed", what, nanos.length);
    return nanos;
  }
}
