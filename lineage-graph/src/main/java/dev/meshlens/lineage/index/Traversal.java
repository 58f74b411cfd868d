package dev.meshlens.lineage.index;

/**
 * A breadth-first walk over {@link Connectors} from start nodes, level by level, upstream,
 * downstream or both (each side keeps its own distances; a node's distance is the smaller). Nodes
 * are admitted in the order they are found until the node cap; the walk goes on to the depth (and
 * one level further, only counting) so that the answer can say exactly how many nodes the cap and
 * the depth left out. The walk stops at the deadline and says so. Each connector is expanded at
 * most once per side, so a walk costs the connectors' inputs and outputs it reaches, hubs included.
 */
final class Traversal {
  private final Connectors graph;
  private final Scope scope;
  private final IntIntMap down = new IntIntMap();
  private final IntIntMap up = new IntIntMap();
  private final IntIntMap expandedDown = new IntIntMap();
  private final IntIntMap expandedUp = new IntIntMap();
  private final IntIntMap admitted = new IntIntMap();
  private final IntIntMap beyond = new IntIntMap();
  private final IntList order = new IntList(64);
  private final IntList orderDistance = new IntList(64);
  private final IntList touched = new IntList(64);
  private final IntIntMap touchedSet = new IntIntMap();
  private boolean timedOut;
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

  private Traversal(Connectors graph, Scope scope) {
    this.graph = graph;
    this.scope = scope;
  }

  static TraversalResult run(Connectors graph, int[] starts, Scope scope) {
    return new Traversal(graph, scope).walk(starts);
  }

  private TraversalResult walk(int[] starts) {
    IntList frontDown = new IntList();
    IntList frontUp = new IntList();
    for (int start : starts) {
      admit(start, 0);
      if (scope.downstream() && down.putIfAbsent(start, 0)) {
        frontDown.add(start);
      }
      if (scope.upstream() && up.putIfAbsent(start, 0)) {
        frontUp.add(start);
      }
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
    long reached = down.size();
    long[] onlyUp = {0};
    up.forEach((node, d) -> {
      if (!down.containsKey(node)) {
        onlyUp[0]++;
      }
    });
    reached += onlyUp[0];
    EdgeCollector edges = new EdgeCollector(graph, admitted, down, up, scope);
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
        beyond.size(),
        edges.total() - edges.emitted(),
        timedOut);
  }

  private IntList expand(IntList front, int level, boolean downSide) {
    IntList next = new IntList();
    IntIntMap distance = downSide ? down : up;
    IntIntMap expanded = downSide ? expandedDown : expandedUp;
    for (int i = 0; i < front.size(); i++) {
      IntList connectors = downSide ? graph.readers(front.get(i)) : graph.writers(front.get(i));
      for (int k = 0; connectors != null && k < connectors.size(); k++) {
        int c = connectors.get(k);
        if (!expanded.putIfAbsent(c, level)) {
          continue;
        }
        if (level < scope.depth() && touchedSet.putIfAbsent(c, 0)) {
          touched.add(c);
        }
        for (int v : downSide ? graph.outputs(c) : graph.inputs(c)) {
          if (distance.containsKey(v)) {
            continue;
          }
          if (level == scope.depth()) {
            if (!down.containsKey(v) && !up.containsKey(v)) {
              beyond.putIfAbsent(v, 0);
            }
            continue;
          }
          distance.putIfAbsent(v, level + 1);
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
