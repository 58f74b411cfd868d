package dev.meshlens.sample.mesh;

import dev.meshlens.sample.mesh.model.Column;
import dev.meshlens.sample.mesh.model.Dataset;
import dev.meshlens.sample.mesh.model.DatasetKind;
import dev.meshlens.sample.mesh.model.Vocabulary;
import java.util.ArrayList;
import java.util.List;

/**
 * A data quality rule on a dataset or one of its columns. The same rules appear as ODCS {@code
 * quality} entries in the contracts, as OpenLineage {@code dataQualityAssertions} and as dbt tests,
 * so that every check has one name across the three.
 *
 * @param name the rule name, for example {@code not_null_orders_order_id}
 * @param assertion not_null, unique, row_count, accepted_values or non_negative
 * @param column the column, or null for a dataset-level rule
 * @param values the accepted values of an accepted_values rule
 */
record QualityRule(String name, String assertion, String column, List<String> values) {
  QualityRule {
    values = List.copyOf(values);
  }

  /**
   * The rules of a dataset: row count, keys not null and unique, statuses valid, amounts positive.
   */
  static List<QualityRule> of(Dataset dataset) {
    List<QualityRule> rules = new ArrayList<>();
    if (dataset.kind() == DatasetKind.TOPIC || dataset.kind() == DatasetKind.FILE) {
      return rules;
    }
    String table = dataset.tableName().replace(' ', '_');
    rules.add(new QualityRule("row_count_" + table, "row_count", null, List.of()));
    List<Column> key = dataset.primaryKey();
    for (Column c : dataset.columns()) {
      if (c.primaryKey() || c.references() != null) {
        rules.add(rule("not_null", table, c));
      }
      if (c.primaryKey() && key.size() == 1) {
        rules.add(rule("unique", table, c));
      }
      if (c.name().endsWith("status") && c.logicalType().equals("string")) {
        List<String> values =
            Vocabulary.find(c.name()).map(v -> v.stream().distinct().toList()).orElse(List.of());
        if (!values.isEmpty()) {
          rules.add(
              new QualityRule(
                  "accepted_values_" + table + "_" + c.name(),
                  "accepted_values",
                  c.name(),
                  values));
        }
      }
      if (c.name().equals("total_amount")
          || c.name().equals("quantity")
          || c.name().equals("refund_amount")) {
        rules.add(rule("non_negative", table, c));
      }
    }
    return rules;
  }

  private static QualityRule rule(String assertion, String table, Column column) {
    return new QualityRule(
        assertion + "_" + table + "_" + column.name(), assertion, column.name(), List.of());
  }

  /** A one-line description of what the rule checks. */
  String description() {
    return switch (assertion) {
      case "row_count" -> "The table is not empty after a load.";
      case "not_null" -> column + " is never null.";
      case "unique" -> column + " is unique.";
      case "accepted_values" -> column + " is one of: " + String.join(", ", values) + ".";
      default -> column + " is never negative.";
    };
  }

  /** The SQL a checker runs; it counts offending rows (0 means the rule holds). */
  String sql(String table) {
    String t = SqliteWriter.quote(table);
    return switch (assertion) {
      case "row_count" -> "SELECT COUNT(*) FROM " + t;
      case "not_null" -> "SELECT COUNT(*) FROM " + t + " WHERE " + column + " IS NULL";
      case "unique" -> "SELECT COUNT(*) - COUNT(DISTINCT " + column + ") FROM " + t;
      case "accepted_values" ->
          "SELECT COUNT(*) FROM "
              + t
              + " WHERE "
              + column
              + " NOT IN ('"
              + String.join("', '", values)
              + "')";
      default -> "SELECT COUNT(*) FROM " + t + " WHERE " + column + " < 0";
    };
  }
}
