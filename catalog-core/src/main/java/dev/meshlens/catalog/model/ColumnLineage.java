package dev.meshlens.catalog.model;

import dev.meshlens.catalog.EntityType;
import dev.meshlens.catalog.Urn;
import java.util.List;

/**
 * Field-to-field lineage: an output column computed from input columns, with the transformation
 * type ({@code IDENTITY}, {@code TRANSFORMATION}, {@code AGGREGATION}, ...) where the source gives
 * it.
 */
public record ColumnLineage(
    Urn target, List<Urn> sources, String transformation, String description) {
  public ColumnLineage {
    Checks.requireType(target, EntityType.FIELD, "target");
    sources = Checks.requireTypes(sources, EntityType.FIELD, "sources");
  }
}
