package dev.meshlens.lineage;

import dev.meshlens.catalog.Urn;
import java.util.List;

/**
 * What a change to a dataset would affect downstream: datasets, their products, domains and owners,
 * each list ordered by usage (most used first), then distance, then URN. {@code limits} says
 * whether the downstream walk was cut short.
 */
public record Impact(
    Urn root,
    List<ImpactedAsset> datasets,
    List<ImpactedAsset> products,
    List<ImpactedAsset> domains,
    List<ImpactedAsset> owners,
    boolean truncated,
    LineageLimits limits) {
  public Impact {
    datasets = List.copyOf(datasets);
    products = List.copyOf(products);
    domains = List.copyOf(domains);
    owners = List.copyOf(owners);
  }
}
