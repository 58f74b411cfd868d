package dev.meshlens.indexer.crawl;

import dev.meshlens.catalog.Urn;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** SQLite databases written by the tests and crawled by the JDBC reader. */
final class TestDatabases {
  static final String NAMESPACE = "postgres://shop-db:5432";

  private TestDatabases() {}

  /** Runs the statements on the database file (created if missing), in one transaction. */
  static void execute(Path file, String... statements) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        for (String statement : statements) {
          s.execute(statement);
        }
      }
      c.commit();
    }
  }

  /** Creates tables {@code t001} .. {@code t<count>} with two columns and one row each. */
  static void createTables(Path file, int count) throws SQLException {
    String[] statements = new String[count * 2];
    for (int i = 1; i <= count; i++) {
      statements[2 * i - 2] =
          "CREATE TABLE " + table(i) + " (id INTEGER PRIMARY KEY, name TEXT NOT NULL)";
      statements[2 * i - 1] = "INSERT INTO " + table(i) + " VALUES (1, 'one')";
    }
    execute(file, statements);
  }

  static String table(int i) {
    return String.format(Locale.ROOT, "t%03d", i);
  }

  /** The dataset of a table of {@link #spec}. */
  static Urn dataset(String table) {
    return Urn.dataset(NAMESPACE, "shop.public." + table);
  }

  /** A JDBC source over the file, naming its tables {@code shop.public.<table>}. */
  static SourceSpec spec(String name, Path file, String... options) {
    return spec(name, "jdbc:sqlite:" + file, options);
  }

  /** A JDBC source at a URL, with extra options as key, value, key, value... */
  static SourceSpec spec(String name, String url, String... options) {
    return spec(
        name, url, Map.of("namespace", NAMESPACE, "database", "shop", "schema", "public"), options);
  }

  /** A JDBC source naming its tables by {@code naming} options, with extra options. */
  static SourceSpec spec(String name, String url, Map<String, String> naming, String... options) {
    Map<String, String> all = new HashMap<>(naming);
    for (int i = 0; i + 1 < options.length; i += 2) {
      all.put(options[i], options[i + 1]);
    }
    return new SourceSpec(name, "jdbc", url, all);
  }
}
