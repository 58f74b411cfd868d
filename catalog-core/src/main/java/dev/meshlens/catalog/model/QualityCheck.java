package dev.meshlens.catalog.model;

/**
 * A quality check on a dataset or one of its columns: a stable id (unique within the dataset), the
 * kind of check ({@code not_null}, {@code unique}, {@code row_count}, ...), a description and the
 * rule as the source states it. {@code column} is null for dataset-level checks.
 */
public record QualityCheck(String id, String column, String type, String description, String rule) {
  public QualityCheck {
    Checks.requireText(id, "id");
    Checks.requireText(type, "type");
  }
}
