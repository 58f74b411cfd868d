package dev.meshlens.sample.mesh.model;

import java.util.Locale;

/** Where a dataset physically lives; decides its OpenLineage namespace and contract server. */
public enum Platform {
  POSTGRES,
  KAFKA,
  S3,
  SNOWFLAKE;

  /** The Kafka cluster every topic of the mesh lives on. */
  public static final String KAFKA_NAMESPACE = "kafka://kafka.acme.internal:9092";

  /** The landing bucket for files delivered from outside. */
  public static final String S3_NAMESPACE = "s3://acme-landing";

  /** The Snowflake account of the finance warehouse. */
  public static final String SNOWFLAKE_ACCOUNT = "acme.eu-west-1";

  /** The OpenLineage namespace of the Snowflake account. */
  public static final String SNOWFLAKE_NAMESPACE = "snowflake://" + SNOWFLAKE_ACCOUNT;

  /** The logical Postgres host of a domain. */
  public static String postgresHost(String domain) {
    return domain + "-db.acme.internal";
  }

  /** The OpenLineage namespace of a domain's Postgres server. */
  public static String postgresNamespace(String domain) {
    return "postgres://" + postgresHost(domain) + ":5432";
  }

  /** The lower-case name used in files (contracts, sources). */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses the lower-case name. */
  public static Platform parse(String text) {
    return valueOf(text.trim().toUpperCase(Locale.ROOT));
  }
}
