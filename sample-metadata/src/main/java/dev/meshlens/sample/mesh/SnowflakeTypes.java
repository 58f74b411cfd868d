package dev.meshlens.sample.mesh;

import java.util.Locale;

/**
 * How the warehouse and the product databases report a column's Postgres-style type in dbt's
 * catalog.
 */
final class SnowflakeTypes {
  private SnowflakeTypes() {}

  static String of(String physicalType) {
    String base = physicalType.replaceAll("\\(.*", "");
    return switch (base) {
      case "bigint", "integer", "smallint" -> "NUMBER(38,0)";
      case "numeric" -> physicalType.replace("numeric", "NUMBER");
      case "text" -> "VARCHAR(16777216)";
      case "timestamp" -> "TIMESTAMP_NTZ";
      case "uuid" -> "VARCHAR(36)";
      default -> physicalType.toUpperCase(Locale.ROOT);
    };
  }
}
