package dev.meshlens.sample.bench.crawl;

import java.util.List;

/**
 * One table to create: its columns in order, its primary key and its foreign keys, each of one
 * column referencing the single-column key of an earlier table.
 */
record TablePlan(
    String name, List<Column> columns, List<String> primaryKey, List<Reference> references) {

  TablePlan {
    columns = List.copyOf(columns);
    primaryKey = List.copyOf(primaryKey);
    references = List.copyOf(references);
  }

  /** A column: its name, declared type, whether it is NOT NULL, and what its values look like. */
  record Column(String name, String type, boolean notNull, ValueKind kind) {}

  /** A foreign key from {@code column} to {@code key} of {@code table}, the table at that index. */
  record Reference(String column, int tableIndex, String table, String key) {}

  boolean hasCompositeKey() {
    return primaryKey.size() > 1;
  }
}
