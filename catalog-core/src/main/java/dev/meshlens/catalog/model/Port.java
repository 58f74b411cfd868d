package dev.meshlens.catalog.model;

import dev.meshlens.catalog.EntityType;
import dev.meshlens.catalog.Urn;
import java.util.List;

/**
 * An input or output port of a data product: a named, versioned interface governed by a data
 * contract, exposing (output) or reading (input) datasets.
 */
public record Port(
    String name, String version, String description, Urn contract, List<Urn> datasets) {
  public Port {
    Checks.requireText(name, "name");
    Checks.optionalType(contract, EntityType.CONTRACT, "contract");
    datasets = Checks.requireTypes(datasets, EntityType.DATASET, "datasets");
  }
}
