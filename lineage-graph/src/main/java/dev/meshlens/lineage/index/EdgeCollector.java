package dev.meshlens.lineage.index;

/**
 * The edges of a walk: for each connector it expanded, every input-to-output pair with both ends
 * admitted, other than a node to itself, whose input was expanded downstream or whose output was
 * expanded upstream (that is, the walk crossed it). Up to the edge cap they are listed; past it
 * they are only counted, by arithmetic, so a hub job never costs the product of its inputs and
 * outputs.
 */
final class EdgeCollector {
  private final Connectors graph;
  private final IntIntMap admitted;
  private final Scratch distances;
  private final int depth;
  private final int cap;
  private final IntList from = new IntList(64);
  private final IntList to = new IntList(64);
  private final IntList via = new IntList(64);
  private long total;

  EdgeCollector(Connectors graph, IntIntMap admitted, Scratch distances, Traversal.Scope scope) {
    this.graph = graph;
    this.admitted = admitted;
    this.distances = distances;
    this.depth = scope.depth();
    this.cap = scope.edgeCap();
  }

  void collect(int connector) {
    IntList inExpanded = new IntList();
    IntList inOther = new IntList();
    IntList outAdmitted = new IntList();
    IntList outExpanded = new IntList();
    for (int u : graph.inputs(connector)) {
      if (admitted.containsKey(u)) {
        (expanded(true, u) ? inExpanded : inOther).add(u);
      }
    }
    if (inExpanded.isEmpty() && inOther.isEmpty()) {
      return;
    }
    IntIntMap outs = new IntIntMap(graph.outputs(connector).length);
    for (int v : graph.outputs(connector)) {
      if (admitted.containsKey(v)) {
        outAdmitted.add(v);
        outs.putIfAbsent(v, 0);
        if (expanded(false, v)) {
          outExpanded.add(v);
        }
      }
    }
    long self = 0;
    for (int u : graph.inputs(connector)) {
      if (outs.containsKey(u) && (expanded(true, u) || expanded(false, u))) {
        self++;
      }
    }
    long pairs =
        (long) (inExpanded.size() + inOther.size()) * outAdmitted.size()
            - (long) inOther.size() * (outAdmitted.size() - outExpanded.size());
    total += pairs - self;
    emit(inExpanded, outAdmitted, connector);
    emit(inOther, outExpanded, connector);
  }

  private void emit(IntList sources, IntList targets, int connector) {
    for (int i = 0; i < sources.size() && from.size() < cap; i++) {
      int u = sources.get(i);
      for (int k = 0; k < targets.size() && from.size() < cap; k++) {
        int v = targets.get(k);
        if (u != v) {
          from.add(u);
          to.add(v);
          via.add(connector);
        }
      }
    }
  }

  private boolean expanded(boolean down, int node) {
    int distance = distances.distance(down, node);
    return distance != IntIntMap.MISSING && distance < depth;
  }

  int[] from() {
    return from.toArray();
  }

  int[] to() {
    return to.toArray();
  }

  int[] connectors() {
    return via.toArray();
  }

  long total() {
    return total;
  }

  long emitted() {
    return from.size();
  }
}
