package dev.meshlens.catalog.model;

import dev.meshlens.catalog.EntityType;
import dev.meshlens.catalog.Urn;
import java.util.List;

/**
 * A data contract (ODCS): the product that offers it, the datasets it governs, its SLA and its
 * quality rules.
 */
public record ContractInfo(
    String name,
    String version,
    String status,
    String description,
    Urn product,
    List<Urn> datasets,
    Sla sla,
    List<QualityCheck> qualityRules)
    implements Aspect {
  public ContractInfo {
    Checks.requireText(name, "name");
    Checks.optionalType(product, EntityType.PRODUCT, "product");
    datasets = Checks.requireTypes(datasets, EntityType.DATASET, "datasets");
    qualityRules = Checks.list(qualityRules);
  }
}
