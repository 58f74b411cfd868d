package dev.meshlens.lineage.index;

import dev.meshlens.catalog.Urn;
import dev.meshlens.lineage.Impact;
import dev.meshlens.lineage.ImpactedAsset;
import dev.meshlens.lineage.Level;
import dev.meshlens.lineage.LineageLimits;
import dev.meshlens.lineage.LineageRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * Impact analysis: walks downstream from a dataset as deep as lineage is allowed to go, then rolls
 * the datasets found up to their products, domains and owners (a dataset's owners and its
 * product's), each with its nearest distance and summed usage.
 */
final class ImpactQuery {
  /** The most datasets an impact answer walks to. */
  static final int NODE_CAP = LineageRequest.MAX_NODE_CAP;

  private static final Comparator<ImpactedAsset> ORDER =
      Comparator.comparingLong(ImpactedAsset::usage)
          .reversed()
          .thenComparingInt(ImpactedAsset::distance)
          .thenComparing(ImpactedAsset::urn);

  private final LineageIndex index;
  private final LineageQueries queries;
  private final ToLongFunction<Urn> usage;
  private final Map<Integer, Rollup> products = new HashMap<>();
  private final Map<Integer, Rollup> domains = new HashMap<>();
  private final Map<Integer, Rollup> owners = new HashMap<>();

  ImpactQuery(LineageIndex index, LineageQueries queries, ToLongFunction<Urn> usage) {
    this.index = index;
    this.queries = queries;
    this.usage = usage;
  }

  /** The nearest distance and the summed usage of a product, domain or owner. */
  private static final class Rollup {
    int distance = Integer.MAX_VALUE;
    long usage;

    void add(int d, long u) {
      distance = Math.min(distance, d);
      usage += u;
    }
  }

  Impact run(Urn urn, long deadline, Duration budget) {
    int[] starts = queries.starts(urn, Level.DATASET);
    int depth = LineageRequest.MAX_DEPTH;
    TraversalResult found =
        Traversal.run(
            index.datasets,
            index.nodes.size(),
            starts,
            new Traversal.Scope(true, false, depth, NODE_CAP + starts.length, 0, deadline));
    IntIntMap start = new IntIntMap();
    for (int s : starts) {
      start.putIfAbsent(s, 0);
    }
    List<ImpactedAsset> datasets = new ArrayList<>();
    for (int i = 0; i < found.nodes().length; i++) {
      int dataset = found.nodes()[i];
      if (start.containsKey(dataset)) {
        continue;
      }
      int distance = found.distances()[i];
      long used = usage.applyAsLong(index.nodes.urn(dataset));
      datasets.add(asset(dataset, distance, used));
      int product = index.productOf(dataset);
      if (product != NodeTable.NONE) {
        products.computeIfAbsent(product, p -> new Rollup()).add(distance, used);
      }
      int domain = index.domainOf(dataset);
      if (domain != NodeTable.NONE) {
        domains.computeIfAbsent(domain, d -> new Rollup()).add(distance, used);
      }
      for (int owner : owners(dataset, product)) {
        owners.computeIfAbsent(owner, o -> new Rollup()).add(distance, used);
      }
    }
    LineageLimits limits =
        new LineageLimits(
            depth,
            NODE_CAP,
            0,
            budget.toMillis(),
            found.nodesOverCap(),
            found.nodesBeyondDepth(),
            0,
            found.timedOut(),
            found.countsExact());
    datasets.sort(ORDER);
    return new Impact(
        urn,
        datasets,
        rolled(products),
        rolled(domains),
        rolled(owners),
        limits.truncated(),
        limits);
  }

  private int[] owners(int dataset, int product) {
    IntList all = new IntList();
    for (int owner : index.nodes.owners(dataset)) {
      all.add(owner);
    }
    if (product != NodeTable.NONE) {
      for (int owner : index.nodes.owners(product)) {
        if (!all.contains(owner)) {
          all.add(owner);
        }
      }
    }
    return all.toArray();
  }

  private List<ImpactedAsset> rolled(Map<Integer, Rollup> rollups) {
    List<ImpactedAsset> assets = new ArrayList<>();
    rollups.forEach((id, r) -> assets.add(asset(id, r.distance, r.usage)));
    assets.sort(ORDER);
    return assets;
  }

  private ImpactedAsset asset(int id, int distance, long used) {
    NodeTable nodes = index.nodes;
    return new ImpactedAsset(nodes.urn(id), nodes.type(id), nodes.name(id), distance, used);
  }
}
