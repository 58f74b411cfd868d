package dev.meshlens.lineage;

import dev.meshlens.catalog.Urn;
import java.util.List;

/** Product-level lineage: the products a product consumes and the products that consume it. */
public record ProductLineage(
    Urn product, List<ProductLink> consumes, List<ProductLink> consumedBy) {
  public ProductLineage {
    consumes = List.copyOf(consumes);
    consumedBy = List.copyOf(consumedBy);
  }
}
