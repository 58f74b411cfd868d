package dev.meshlens.catalog.sqlite;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.meshlens.catalog.StoreException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The versioned schema: scripts {@code V<n>__<name>.sql} applied in order, each in its own
 * transaction, recorded in {@code schema_version}. A database newer than this code is refused.
 */
final class Migrations {
  private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);

  /** The scripts, in order; version n is the n-th. Append only. */
  static final List<String> SCRIPTS =
      List.of(
          "V1__catalog.sql",
          "V2__facts.sql",
          "V3__crawl_runs.sql",
          "V4__source_state.sql",
          "V5__health.sql",
          "V6__access.sql",
          "V7__profile.sql");

  private Migrations() {}

  static int latest() {
    return SCRIPTS.size();
  }

  /** Brings the schema up to {@code target}, returns the version it is at. */
  static int migrate(Connection connection, int target, Clock clock) throws SQLException {
    try (Statement st = connection.createStatement()) {
      st.execute(
          "CREATE TABLE IF NOT EXISTS schema_version ("
              + "version INTEGER PRIMARY KEY, script TEXT NOT NULL, applied_at INTEGER NOT NULL)");
    }
    int current = currentVersion(connection);
    if (current > latest()) {
      throw new StoreException(
          "The catalog database is at schema version "
              + current
              + ", newer than this Meshlens knows ("
              + latest()
              + "); use a newer Meshlens",
          null);
    }
    for (int version = current + 1; version <= target; version++) {
      apply(connection, version, clock);
    }
    return Math.max(current, target);
  }

  static int currentVersion(Connection connection) throws SQLException {
    try (Statement st = connection.createStatement();
        ResultSet rs = st.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
      return rs.next() ? rs.getInt(1) : 0;
    }
  }

  private static void apply(Connection connection, int version, Clock clock) throws SQLException {
    String script = SCRIPTS.get(version - 1);
    LOG.info("Migrating catalog schema to version {} ({})", version, script);
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try (Statement st = connection.createStatement()) {
      for (String sql : statements(read(script))) {
        st.execute(sql);
      }
      try (PreparedStatement ps =
          connection.prepareStatement("INSERT INTO schema_version VALUES (?, ?, ?)")) {
        ps.setInt(1, version);
        ps.setString(2, script);
        ps.setLong(3, clock.millis());
        ps.executeUpdate();
      }
      connection.commit();
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }

  private static String read(String script) {
    try (InputStream in = Migrations.class.getResourceAsStream(script)) {
      if (in == null) {
        throw new IllegalStateException("Missing migration script " + script);
      }
      return new String(in.readAllBytes(), UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Splits a script into statements: drops comment lines, splits at semicolons. */
  static List<String> statements(String script) {
    StringBuilder body = new StringBuilder();
    for (String line : script.split("\n", -1)) {
      if (!line.strip().startsWith("--")) {
        body.append(line).append('\n');
      }
    }
    return java.util.Arrays.stream(body.toString().split(";"))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }
}
