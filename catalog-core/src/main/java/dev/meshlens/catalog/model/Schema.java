package dev.meshlens.catalog.model;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The columns of a dataset, in order, with its primary key and foreign keys. */
public record Schema(List<Field> fields, List<String> primaryKey, List<ForeignKey> foreignKeys)
    implements Aspect {
  public Schema {
    fields = Checks.list(fields);
    primaryKey = Checks.list(primaryKey);
    foreignKeys = Checks.list(foreignKeys);
    Set<String> names = new HashSet<>();
    for (int i = 0; i < fields.size(); i++) {
      if (!names.add(fields.get(i).name())) {
        throw new IllegalArgumentException(
            "fields[" + i + "].name: duplicate field name '" + fields.get(i).name() + "'");
      }
    }
    for (String key : primaryKey) {
      if (!names.contains(key)) {
        throw new IllegalArgumentException("primaryKey: '" + key + "' is not a field");
      }
    }
  }

  public static Schema of(List<Field> fields) {
    return new Schema(fields, List.of(), List.of());
  }
}
