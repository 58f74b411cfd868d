package dev.meshlens.lineage.index;

import dev.meshlens.lineage.InferredPii;
import dev.meshlens.lineage.LineageTimeoutException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * PII propagation along column lineage: a column inherits PII from the nearest columns declared PII
 * upstream on every path, whatever the number of hops. An edge whose transformation is indirect
 * ({@code INDIRECT/...}: a join key, a filter, a sort) does not carry values and does not carry
 * PII; an edge with no transformation given does, to err on the safe side.
 */
final class PiiPropagation {
  private static final Comparator<InferredPii> ORDER =
      Comparator.comparing(InferredPii::column)
          .thenComparingInt(InferredPii::distance)
          .thenComparing(InferredPii::origin);

  private final LineageIndex index;
  private final long deadline;
  private int work;

  PiiPropagation(LineageIndex index, long deadline) {
    this.index = index;
    this.deadline = deadline;
  }

  /** Whether values flow along a column lineage edge with this transformation. */
  static boolean carriesValues(String transformation) {
    return transformation == null
        || !transformation.toUpperCase(Locale.ROOT).startsWith("INDIRECT");
  }

  List<InferredPii> inferred(int[] columns) {
    List<InferredPii> found = new ArrayList<>();
    for (int column : columns) {
      inherit(column, found);
    }
    found.sort(ORDER);
    return found;
  }

  private void inherit(int column, List<InferredPii> found) {
    Connectors graph = index.columns;
    IntIntMap distance = new IntIntMap();
    distance.putIfAbsent(column, 0);
    IntList queue = new IntList();
    queue.add(column);
    for (int head = 0; head < queue.size(); head++) {
      int node = queue.get(head);
      IntList writers = graph.writers(node);
      for (int k = 0; writers != null && k < writers.size(); k++) {
        int c = writers.get(k);
        if (!carriesValues(graph.label(c))) {
          continue;
        }
        for (int source : graph.inputs(c)) {
          if (!distance.putIfAbsent(source, distance.get(node) + 1)) {
            continue;
          }
          if (index.nodes.pii(source)) {
            found.add(
                new InferredPii(
                    index.nodes.urn(column), index.nodes.urn(source), distance.get(source)));
          } else {
            queue.add(source);
          }
        }
        if ((++work & 127) == 0 && System.nanoTime() - deadline > 0) {
          throw new LineageTimeoutException(
              "PII propagation to " + index.nodes.urn(column) + " did not finish in time");
        }
      }
    }
  }
}
