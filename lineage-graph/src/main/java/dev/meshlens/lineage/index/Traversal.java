package dev.meshlens.lineage.index;

/**
 * A breadth-first walk over {@link Connectors} from start nodes, level by level, upstream,
 * downstream or both (each side keeps its own distances; a node's distance is the smaller). Nodes
 * are admitted in the order they are found until the node cap; the walk goes on to the depth (and
 * one level further, only counting) so that the answer can say exactly how many nodes the cap and
 * the depth left out, up to {@value #COUNT_LIMIT} nodes left out: past that it only finishes
 * walking from the admitted nodes (so their edges are complete) and the counts become lower bounds.
 * The walk stops at the deadline and says so. Each connector is expanded at most once per side, so
 * a walk costs the connectors' inputs and outputs it reaches, hubs included.
 */
final class Traversal {
  /** How many left-out nodes a walk counts exactly before it only walks from admitted nodes. */
  static final int COUNT_LIMIT = 25_000;

  private final Connectors graph;
  private final Scope scope;
  private final Scratch scratch;
  private final IntIntMap admitted = new IntIntMap();
  private final IntList order = new IntList(64);
  private final IntList orderDistance = new IntList(64);
  private final IntList touched = new IntList(64);
  private long reached;
  private long beyond;
  private boolean timedOut;
  private boolean countCut;
  private int work;

  /**
   * What to walk: the sides, the depth, the caps on nodes and edges, the deadline ({@link
   * System#nanoTime()} based).
   */
  record Scope(
      boolean downstream,
      boolean upstream,
      int depth,
      int nodeCap,
      int edgeCap,
      long deadlineNanos) {}

  private Traversal(Connectors graph, int nodes, Scope scope) {
    this.graph = graph;
    this.scope = scope;
    this.scratch = Scratch.forWalk(nodes, graph.capacity());
  }

  /** Walks {@code graph}, whose node ids are below {@code nodes}. */
  static TraversalResult run(Connectors graph, int nodes, int[] starts, Scope scope) {
    return new Traversal(graph, nodes, scope).walk(starts);
  }

  private TraversalResult walk(int[] starts) {
    IntList frontDown = new IntList();
    IntList frontUp = new IntList();
    for (int start : starts) {
      boolean seen = scratch.reached(true, start) || scratch.reached(false, start);
      admit(start, 0);
      if (scope.downstream() && scratch.reach(true, start, 0)) {
        frontDown.add(start);
      }
      if (scope.upstream() && scratch.reach(false, start, 0)) {
        frontUp.add(start);
      }
      reached += seen ? 0 : 1;
    }
    for (int level = 0; level <= scope.depth() && !timedOut; level++) {
      if (frontDown.isEmpty() && frontUp.isEmpty()) {
        break;
      }
      frontDown = expand(frontDown, level, true);
      if (!timedOut) {
        frontUp = expand(frontUp, level, false);
      }
    }
    EdgeCollector edges = new EdgeCollector(graph, admitted, scratch, scope);
    for (int i = 0; i < touched.size(); i++) {
      edges.collect(touched.get(i));
    }
    return new TraversalResult(
        order.toArray(),
        orderDistance.toArray(),
        edges.from(),
        edges.to(),
        edges.connectors(),
        Math.max(0, reached - order.size()),
        beyond,
        edges.total() - edges.emitted(),
        timedOut,
        !countCut && !timedOut);
  }

  private IntList expand(IntList front, int level, boolean down) {
    IntList next = new IntList();
    boolean last = level == scope.depth();
    for (int i = 0; i < front.size(); i++) {
      if (!countCut && (reached - order.size() > COUNT_LIMIT || beyond > COUNT_LIMIT)) {
        countCut = true;
      }
      if (countCut && !admitted.containsKey(front.get(i))) {
        continue;
      }
      IntList connectors = down ? graph.readers(front.get(i)) : graph.writers(front.get(i));
      for (int k = 0; connectors != null && k < connectors.size(); k++) {
        int c = connectors.get(k);
        if (!scratch.expand(down, c)) {
          continue;
        }
        if (!last && scratch.touch(c)) {
          touched.add(c);
        }
        for (int v : down ? graph.outputs(c) : graph.inputs(c)) {
          if (scratch.reached(down, v)) {
            continue;
          }
          if (last) {
            if (!scratch.reached(!down, v) && scratch.beyond(v)) {
              beyond++;
            }
            continue;
          }
          if (!scratch.reached(!down, v)) {
            reached++;
          }
          scratch.reach(down, v, level + 1);
          next.add(v);
          admit(v, level + 1);
        }
        if ((++work & 127) == 0 && System.nanoTime() - scope.deadlineNanos() > 0) {
          timedOut = true;
          return next;
        }
      }
    }
    return next;
  }

  private void admit(int node, int distance) {
    if (order.size() < scope.nodeCap() && admitted.putIfAbsent(node, order.size())) {
      order.add(node);
      orderDistance.add(distance);
    }
  }
}
