package dev.meshlens.indexer.crawl.jdbc;

import dev.meshlens.catalog.Urn;
import dev.meshlens.indexer.crawl.CrawlOutput;
import dev.meshlens.indexer.crawl.SourceReader;
import dev.meshlens.indexer.crawl.SourceSpec;
import dev.meshlens.indexer.crawl.SourceUnreadableException;
import dev.meshlens.indexer.crawl.support.BatchAssembler;
import dev.meshlens.indexer.crawl.support.Warnings;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

/**
 * Reads a database through JDBC: every table and view of every schema (or of the listed ones), with
 * columns, types, nullability, comments, primary and foreign keys, and an exact row count for
 * tables of at most {@code rowCountLimit} rows. A table that cannot be read is a warning; a
 * database that cannot be reached fails the crawl.
 *
 * <p>The location is a JDBC URL. Options: {@code namespace}, {@code database}, {@code schema} (the
 * OpenLineage names, see {@link JdbcNaming}), {@code schemas} (comma-separated schemas to read;
 * default all but system schemas), {@code user}, {@code password}, {@code rowCountLimit} (default
 * 100000; 0 counts nothing), {@code batchSize}.
 *
 * <p>On SQLite, schemas are read with SQLite's pragmas (constant work per table); elsewhere with
 * {@link DatabaseMetaData}.
 */
public final class JdbcReader implements SourceReader {
  public static final String TYPE = "jdbc";
  private static final String SQLITE = "jdbc:sqlite:";
  private static final Set<String> SYSTEM_SCHEMAS =
      Set.of("information_schema", "pg_catalog", "pg_toast", "sys", "mysql", "performance_schema");

  /** How table schemas are read. */
  enum SchemaAccess {
    /** With SQLite's pragmas on a SQLite database, with JDBC metadata on any other. */
    PRAGMAS_ON_SQLITE,
    /** With JDBC metadata on every database. */
    METADATA_ONLY
  }

  private final SchemaAccess access;

  public JdbcReader() {
    this(SchemaAccess.PRAGMAS_ON_SQLITE);
  }

  JdbcReader(SchemaAccess access) {
    this.access = access;
  }

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public CrawlOutput read(SourceSpec spec) {
    JdbcNaming naming;
    try {
      naming = JdbcNaming.of(spec);
    } catch (IllegalArgumentException e) {
      throw new SourceUnreadableException(
          "Cannot name the datasets of "
              + display(spec.location())
              + ": "
              + e.getMessage()
              + " (set the namespace option)",
          e);
    }
    Warnings warnings = new Warnings();
    BatchAssembler out = new BatchAssembler(spec.batchSource());
    try (Connection connection = connect(spec);
        SchemaReader schemas = schemaReader(connection, naming, spec)) {
      TableReader reader =
          new TableReader(connection, naming, spec.intOption("rowCountLimit", 100_000, 0), schemas);
      for (TableRef table : tables(connection.getMetaData(), spec)) {
        readTable(reader, table, naming, out, warnings, spec);
      }
    } catch (SQLException e) {
      throw new SourceUnreadableException(
          "Cannot read " + display(spec.location()) + ": " + e.getMessage(), e);
    }
    return new CrawlOutput(out.build(spec.batchSize()), warnings.list());
  }

  private static void readTable(
      TableReader reader,
      TableRef table,
      JdbcNaming naming,
      BatchAssembler out,
      Warnings warnings,
      SourceSpec spec) {
    Urn urn = naming.dataset(table.schema(), table.name());
    try {
      out.upsert(urn, reader.info(table));
      out.upsert(urn, reader.schema(table));
    } catch (SQLException | IllegalArgumentException e) {
      warnings.add(display(spec.location()), table.display(), "cannot read: " + e.getMessage());
    }
  }

  private SchemaReader schemaReader(Connection connection, JdbcNaming naming, SourceSpec spec)
      throws SQLException {
    return access == SchemaAccess.PRAGMAS_ON_SQLITE && spec.location().startsWith(SQLITE)
        ? new SqliteSchemaReader(connection, naming)
        : new MetadataSchemaReader(connection.getMetaData(), naming);
  }

  private static Connection connect(SourceSpec spec) throws SQLException {
    Properties properties = new Properties();
    spec.findOption("user").ifPresent(u -> properties.setProperty("user", u));
    spec.findOption("password").ifPresent(p -> properties.setProperty("password", p));
    if (spec.location().startsWith(SQLITE)) {
      properties.setProperty("open_mode", "1");
      return DriverManager.getConnection(spec.location(), properties);
    }
    Connection connection = DriverManager.getConnection(spec.location(), properties);
    connection.setReadOnly(true);
    return connection;
  }

  private static List<TableRef> tables(DatabaseMetaData meta, SourceSpec spec) throws SQLException {
    List<String> wanted =
        spec.findOption("schemas")
            .map(s -> Arrays.stream(s.split(",")).map(String::trim).toList())
            .orElse(List.of());
    List<TableRef> tables = new ArrayList<>();
    try (ResultSet rs = meta.getTables(null, null, "%", new String[] {"TABLE", "VIEW"})) {
      while (rs.next()) {
        TableRef table =
            new TableRef(
                rs.getString("TABLE_CAT"),
                rs.getString("TABLE_SCHEM"),
                rs.getString("TABLE_NAME"),
                rs.getString("TABLE_TYPE"),
                rs.getString("REMARKS"));
        if (included(table.schema(), wanted)) {
          tables.add(table);
        }
      }
    }
    return tables;
  }

  private static boolean included(String schema, List<String> wanted) {
    if (!wanted.isEmpty()) {
      return schema != null && wanted.contains(schema);
    }
    return schema == null || !SYSTEM_SCHEMAS.contains(schema.toLowerCase(Locale.ROOT));
  }

  /** The URL without its parameters, which may hold credentials. */
  static String display(String url) {
    int cut = url.length();
    for (char c : new char[] {'?', ';'}) {
      int at = url.indexOf(c);
      cut = at >= 0 ? Math.min(cut, at) : cut;
    }
    return url.substring(0, cut);
  }
}
