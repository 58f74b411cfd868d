package dev.meshlens.lineage;

import dev.meshlens.catalog.Asset;
import dev.meshlens.catalog.CatalogStore;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.model.JobLineage;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stupid slow but hopefully correct lineage: dataset-to-dataset edges read straight from the
 * store's JobLineage aspects, breadth-first distances each way, and the edges a walk with a given
 * node set must answer.
 */
final class LineageOracle {
  record Edge(Urn from, Urn to, Urn job) {}

  private final Set<Edge> edges = new LinkedHashSet<>();
  private final Map<Urn, Set<Urn>> down = new HashMap<>();
  private final Map<Urn, Set<Urn>> up = new HashMap<>();

  LineageOracle(CatalogStore store, List<Urn> jobs) {
    for (Urn job : jobs) {
      Asset asset = store.findAsset(job).orElse(null);
      if (asset == null || asset.deleted()) {
        continue;
      }
      JobLineage lineage = asset.aspect(JobLineage.class).orElseThrow();
      for (Urn in : lineage.inputs()) {
        for (Urn out : lineage.outputs()) {
          down.computeIfAbsent(in, k -> new HashSet<>()).add(out);
          up.computeIfAbsent(out, k -> new HashSet<>()).add(in);
          if (!in.equals(out)) {
            edges.add(new Edge(in, out, job));
          }
        }
      }
    }
  }

  /** Breadth-first distances from {@code start} following data flow (or against it). */
  Map<Urn, Integer> distances(Urn start, boolean downstream) {
    Map<Urn, Set<Urn>> next = downstream ? down : up;
    Map<Urn, Integer> distance = new HashMap<>();
    distance.put(start, 0);
    ArrayDeque<Urn> queue = new ArrayDeque<>(List.of(start));
    while (!queue.isEmpty()) {
      Urn node = queue.poll();
      for (Urn v : next.getOrDefault(node, Set.of())) {
        if (distance.putIfAbsent(v, distance.get(node) + 1) == null) {
          queue.add(v);
        }
      }
    }
    return distance;
  }

  /** The walk's edges among {@code nodes}: crossed from an expanded input or into one. */
  Set<Edge> edges(Set<Urn> nodes, Map<Urn, Integer> dd, Map<Urn, Integer> du, int depth) {
    Set<Edge> answer = new HashSet<>();
    for (Edge e : edges) {
      if (nodes.contains(e.from())
          && nodes.contains(e.to())
          && (dd.getOrDefault(e.from(), Integer.MAX_VALUE) < depth
              || du.getOrDefault(e.to(), Integer.MAX_VALUE) < depth)) {
        answer.add(e);
      }
    }
    return answer;
  }
}
