package dev.meshlens.sample.mesh;

/** The names Postgres' information schema gives to the types used in the product databases. */
final class PostgresTypes {
  private PostgresTypes() {}

  static String of(String physicalType) {
    String base = physicalType.replaceAll("\\(.*", "");
    return switch (base) {
      case "varchar" -> "character varying";
      case "timestamp" -> "timestamp without time zone";
      default -> base;
    };
  }
}
