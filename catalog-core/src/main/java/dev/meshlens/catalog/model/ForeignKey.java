package dev.meshlens.catalog.model;

import dev.meshlens.catalog.EntityType;
import dev.meshlens.catalog.Urn;
import java.util.List;

/** A relationship from columns of one dataset to columns of another (a foreign key). */
public record ForeignKey(List<String> columns, Urn references, List<String> referencedColumns) {
  public ForeignKey {
    columns = Checks.list(columns);
    referencedColumns = Checks.list(referencedColumns);
    Checks.requireType(references, EntityType.DATASET, "references");
    if (columns.isEmpty() || columns.size() != referencedColumns.size()) {
      throw new IllegalArgumentException(
          "columns and referencedColumns must be non-empty and of equal size, got "
              + columns
              + " -> "
              + referencedColumns);
    }
  }
}
