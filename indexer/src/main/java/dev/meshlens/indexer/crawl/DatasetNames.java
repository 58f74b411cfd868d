package dev.meshlens.indexer.crawl;

import dev.meshlens.catalog.Urn;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * The OpenLineage naming conventions for datasets (a namespace naming the data source, a name
 * inside it), shared by every reader so that one table found by several sources is one asset:
 *
 * <ul>
 *   <li>Postgres: {@code postgres://{host}:{port}} + {@code {database}.{schema}.{table}}
 *   <li>MySQL: {@code mysql://{host}:{port}} + {@code {database}.{table}}
 *   <li>Snowflake: {@code snowflake://{account}} + {@code {database}.{schema}.{table}}
 *   <li>BigQuery: {@code bigquery} + {@code {project}.{dataset}.{table}}
 *   <li>DuckDB: {@code duckdb://{file path}} + {@code {database}.{schema}.{table}}
 *   <li>Kafka: {@code kafka://{bootstrap host}:{port}} + {@code {topic}}
 *   <li>S3: {@code s3://{bucket}} + {@code {object key}} (no leading slash)
 * </ul>
 */
public final class DatasetNames {
  public static final int POSTGRES_PORT = 5432;
  public static final int KAFKA_PORT = 9092;

  private DatasetNames() {}

  /** The non-blank parts joined with dots: {@code join("shop", null, "orders")} is shop.orders. */
  public static String join(String... parts) {
    StringJoiner out = new StringJoiner(".");
    for (String part : parts) {
      if (part != null && !part.isBlank()) {
        out.add(part);
      }
    }
    return out.toString();
  }

  /** {@code scheme://host:port}, or {@code scheme://host} without a port. */
  public static String namespace(String scheme, String host, Integer port) {
    return scheme + "://" + host + (port == null ? "" : ":" + port);
  }

  public static Urn postgres(
      String host, Integer port, String database, String schema, String table) {
    return Urn.dataset(
        namespace("postgres", host, port == null ? POSTGRES_PORT : port),
        join(database, schema, table));
  }

  public static Urn snowflake(String account, String database, String schema, String table) {
    return Urn.dataset("snowflake://" + account, join(database, schema, table));
  }

  /**
   * A Kafka topic. {@code servers} is a bootstrap list such as {@code b1:9092,b2:9092}; the first
   * server names the cluster, with port 9092 when none is given.
   */
  public static Urn kafka(String servers, String topic) {
    String first = servers.split(",", -1)[0].trim();
    first = first.contains("://") ? first.substring(first.indexOf("://") + 3) : first;
    String authority = first.contains(":") ? first : first + ":" + KAFKA_PORT;
    return Urn.dataset("kafka://" + authority, topic);
  }

  /**
   * An object under an S3 location such as {@code s3://bucket/landing/*.json}: the bucket is the
   * namespace, the name is the location's path (a trailing glob segment dropped) joined with {@code
   * object}, without a leading slash.
   */
  public static Urn s3(String location, String object) {
    URI uri = URI.create(location.replace(" ", "%20"));
    String bucket = uri.getHost() != null ? uri.getHost() : uri.getAuthority();
    String path = uri.getPath() == null ? "" : uri.getPath();
    int glob = path.indexOf('*');
    if (glob >= 0) {
      path = path.substring(0, path.lastIndexOf('/', glob) + 1);
    }
    String key = trimSlashes(path);
    if (object != null && !object.isBlank()) {
      key = key.isEmpty() ? trimSlashes(object) : key + "/" + trimSlashes(object);
    }
    return Urn.dataset("s3://" + bucket, key);
  }

  private static String trimSlashes(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && text.charAt(start) == '/') {
      start++;
    }
    while (end > start && text.charAt(end - 1) == '/') {
      end--;
    }
    return text.substring(start, end);
  }

  /**
   * The namespace of the database a JDBC URL points at: {@code jdbc:postgresql://h:5432/db} gives
   * {@code postgres://h:5432}, {@code jdbc:mysql://h/db} gives {@code mysql://h:3306}, {@code
   * jdbc:sqlite:/data/x.db} gives {@code sqlite:///data/x.db}; other URLs give {@code
   * <subprotocol>://<host>[:port]}.
   */
  public static String jdbcNamespace(String jdbcUrl) {
    String rest = stripJdbc(jdbcUrl);
    String scheme = rest.substring(0, Math.max(rest.indexOf(':'), 0)).toLowerCase(Locale.ROOT);
    if (scheme.equals("sqlite") || scheme.equals("duckdb")) {
      String file = rest.substring(scheme.length() + 1);
      int query = file.indexOf('?');
      return scheme + "://" + (query < 0 ? file : file.substring(0, query));
    }
    URI uri = URI.create(rest);
    String platform = scheme.equals("postgresql") ? "postgres" : scheme;
    int port = uri.getPort() >= 0 ? uri.getPort() : defaultPort(platform);
    return namespace(platform, uri.getHost(), port < 0 ? null : port);
  }

  /** The database named in the path of a JDBC URL ({@code jdbc:postgresql://h/shop} → shop). */
  public static Optional<String> jdbcDatabase(String jdbcUrl) {
    String rest = stripJdbc(jdbcUrl);
    if (!rest.contains("://")) {
      return Optional.empty();
    }
    String path = URI.create(rest).getPath();
    String database = path == null ? "" : trimSlashes(path);
    return database.isEmpty() ? Optional.empty() : Optional.of(database);
  }

  /** The platform of a namespace: its scheme ({@code postgres}, {@code kafka}, ...). */
  public static String platform(String namespace) {
    int colon = namespace.indexOf(':');
    return (colon < 0 ? namespace : namespace.substring(0, colon)).toLowerCase(Locale.ROOT);
  }

  private static String stripJdbc(String jdbcUrl) {
    if (!jdbcUrl.regionMatches(true, 0, "jdbc:", 0, 5)) {
      throw new IllegalArgumentException("Not a JDBC URL (must start with jdbc:): " + jdbcUrl);
    }
    return jdbcUrl.substring(5);
  }

  private static int defaultPort(String platform) {
    return switch (platform) {
      case "postgres" -> POSTGRES_PORT;
      case "mysql", "mariadb" -> 3306;
      case "sqlserver" -> 1433;
      case "oracle" -> 1521;
      default -> -1;
    };
  }
}
