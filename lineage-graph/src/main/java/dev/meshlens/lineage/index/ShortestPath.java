package dev.meshlens.lineage.index;

import java.util.Optional;

/**
 * The shortest downstream path between two nodes of {@link Connectors}: a breadth-first search that
 * remembers how it reached each node, stopped by a deadline.
 */
final class ShortestPath {
  private ShortestPath() {}

  /** The nodes of the path and the connector taken into each node after the first. */
  record Found(int[] nodes, int[] connectors) {}

  /** Thrown when the deadline passes before the search ends. */
  static final class DeadlineExceeded extends RuntimeException {
    DeadlineExceeded() {
      super(null, null, false, false);
    }
  }

  static Optional<Found> downstream(Connectors graph, int from, int to, long deadlineNanos) {
    IntIntMap parent = new IntIntMap();
    IntIntMap via = new IntIntMap();
    IntIntMap expanded = new IntIntMap();
    parent.putIfAbsent(from, from);
    IntList front = new IntList();
    front.add(from);
    int work = 0;
    while (!front.isEmpty() && !parent.containsKey(to)) {
      IntList next = new IntList();
      for (int i = 0; i < front.size(); i++) {
        int u = front.get(i);
        IntList connectors = graph.readers(u);
        for (int k = 0; connectors != null && k < connectors.size(); k++) {
          int c = connectors.get(k);
          if (!expanded.putIfAbsent(c, 0)) {
            continue;
          }
          for (int v : graph.outputs(c)) {
            if (parent.putIfAbsent(v, u)) {
              via.putIfAbsent(v, c);
              next.add(v);
            }
          }
          if ((++work & 127) == 0 && System.nanoTime() - deadlineNanos > 0) {
            throw new DeadlineExceeded();
          }
        }
      }
      front = next;
    }
    if (!parent.containsKey(to)) {
      return Optional.empty();
    }
    IntList nodes = new IntList();
    IntList connectors = new IntList();
    for (int node = to; node != from; node = parent.get(node)) {
      nodes.add(node);
      connectors.add(via.get(node));
    }
    nodes.add(from);
    return Optional.of(new Found(reverse(nodes.toArray()), reverse(connectors.toArray())));
  }

  private static int[] reverse(int[] values) {
    for (int i = 0, j = values.length - 1; i < j; i++, j--) {
      int t = values[i];
      values[i] = values[j];
      values[j] = t;
    }
    return values;
  }
}
