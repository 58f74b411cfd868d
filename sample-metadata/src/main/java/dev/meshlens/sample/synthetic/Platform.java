package dev.meshlens.sample.synthetic;

import dev.meshlens.sample.synthetic.ColumnWords.Kind;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Where a product's datasets live: how they are named, what kinds and column types they have. */
enum Platform {
  POSTGRES(
      "postgres",
      false,
      List.of("table", "table", "view"),
      types(
          "bigint",
          "bigint",
          "text",
          "varchar(32)",
          "numeric(18,2)",
          "double precision",
          "integer",
          "timestamptz",
          "date",
          "boolean")),
  SNOWFLAKE(
      "snowflake",
      false,
      List.of("table", "view", "model"),
      types(
          "NUMBER(38,0)",
          "NUMBER(38,0)",
          "VARCHAR",
          "VARCHAR(32)",
          "NUMBER(18,2)",
          "FLOAT",
          "NUMBER(10,0)",
          "TIMESTAMP_NTZ",
          "DATE",
          "BOOLEAN")),
  KAFKA(
      "kafka",
      true,
      List.of("topic"),
      types(
          "long",
          "long",
          "string",
          "string",
          "bytes(decimal)",
          "double",
          "int",
          "timestamp-millis",
          "date",
          "boolean")),
  S3(
      "s3",
      true,
      List.of("file"),
      types(
          "INT64",
          "INT64",
          "STRING",
          "STRING",
          "DECIMAL(18,2)",
          "DOUBLE",
          "INT32",
          "TIMESTAMP",
          "DATE",
          "BOOLEAN"));

  private final String code;
  private final boolean camelCase;
  private final List<String> kinds;
  private final Map<Kind, String> types;

  Platform(String code, boolean camelCase, List<String> kinds, Map<Kind, String> types) {
    this.code = code;
    this.camelCase = camelCase;
    this.kinds = kinds;
    this.types = types;
  }

  String code() {
    return code;
  }

  List<String> kinds() {
    return kinds;
  }

  String type(Kind kind) {
    return types.get(kind);
  }

  /** A snake_case word as this platform spells identifiers. */
  String identifier(String snakeCase) {
    return camelCase ? Spelling.camel(snakeCase) : snakeCase;
  }

  /** The OpenLineage namespace of a domain's datasets on this platform. */
  String namespace(String domainId) {
    return switch (this) {
      case POSTGRES -> "postgres://" + domainId + "-db.acme.internal:5432";
      case SNOWFLAKE -> "snowflake://acme-eu.snowflakecomputing.com";
      case KAFKA -> "kafka://kafka-" + domainId + ".acme.internal:9092";
      case S3 -> "s3://acme-" + domainId + "-lake";
    };
  }

  /** The OpenLineage name of a dataset of a product on this platform. */
  String datasetName(String domainId, String productId, String table) {
    return switch (this) {
      case POSTGRES -> Spelling.snake(domainId) + "." + Spelling.snake(productId) + "." + table;
      case SNOWFLAKE ->
          "analytics_" + Spelling.snake(domainId) + "." + Spelling.snake(productId) + "." + table;
      case KAFKA -> domainId + "." + Spelling.camel(productId) + "." + Spelling.camel(table);
      case S3 -> "curated/" + productId + "/" + Spelling.camel(table);
    };
  }

  /** Picks a platform from a value in [0, 100): postgres 35, snowflake 30, kafka 15, s3 20. */
  static Platform ofPercentile(int percentile) {
    if (percentile < 35) {
      return POSTGRES;
    }
    if (percentile < 65) {
      return SNOWFLAKE;
    }
    return percentile < 80 ? KAFKA : S3;
  }

  private static Map<Kind, String> types(String... names) {
    Map<Kind, String> map = new EnumMap<>(Kind.class);
    for (Kind kind : Kind.values()) {
      map.put(kind, names[kind.ordinal()]);
    }
    return map;
  }
}
