package dev.meshlens.lineage.index;

import dev.meshlens.catalog.Urn;
import dev.meshlens.lineage.LineageTimeoutException;
import dev.meshlens.lineage.ProductLineage;
import dev.meshlens.lineage.ProductLink;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Product-level lineage derived from dataset lineage: product P consumes product Q when a job
 * writing one of P's datasets reads one of Q's, directly or through datasets that belong to no
 * product (a walk passes through those and stops at the first dataset of a product).
 */
final class ProductLinks {
  private final LineageIndex index;
  private final long deadline;
  private int work;

  ProductLinks(LineageIndex index, long deadline) {
    this.index = index;
    this.deadline = deadline;
  }

  ProductLineage of(int product) {
    Map<Urn, TreeSet<Urn>> consumes = new TreeMap<>();
    Map<Urn, TreeSet<Urn>> consumedBy = new TreeMap<>();
    for (int dataset : index.datasetsOf(product)) {
      walk(dataset, product, false, consumes);
      walk(dataset, product, true, consumedBy);
    }
    Urn self = index.nodes.urn(product);
    List<ProductLink> in = new ArrayList<>();
    consumes.forEach(
        (producer, read) -> in.add(new ProductLink(self, producer, List.copyOf(read))));
    List<ProductLink> out = new ArrayList<>();
    consumedBy.forEach(
        (consumer, read) -> out.add(new ProductLink(consumer, self, List.copyOf(read))));
    return new ProductLineage(self, in, out);
  }

  /**
   * Walks from one of the product's datasets, through datasets of no product, to datasets of other
   * products; records each such product with the dataset the producer offers.
   */
  private void walk(int start, int product, boolean downstream, Map<Urn, TreeSet<Urn>> links) {
    Connectors graph = index.datasets;
    IntIntMap seen = new IntIntMap();
    seen.putIfAbsent(start, 0);
    IntList queue = new IntList();
    queue.add(start);
    for (int head = 0; head < queue.size(); head++) {
      int node = queue.get(head);
      IntList connectors = downstream ? graph.readers(node) : graph.writers(node);
      for (int k = 0; connectors != null && k < connectors.size(); k++) {
        int c = connectors.get(k);
        for (int next : downstream ? graph.outputs(c) : graph.inputs(c)) {
          if (!seen.putIfAbsent(next, 0)) {
            continue;
          }
          int other = index.productOf(next);
          if (other == NodeTable.NONE) {
            queue.add(next);
          } else if (other != product) {
            Urn offered = index.nodes.urn(downstream ? start : next);
            links.computeIfAbsent(index.nodes.urn(other), o -> new TreeSet<>()).add(offered);
          }
        }
        if ((++work & 127) == 0 && System.nanoTime() - deadline > 0) {
          throw new LineageTimeoutException(
              "product lineage of " + index.nodes.urn(product) + " did not finish in time");
        }
      }
    }
  }
}
