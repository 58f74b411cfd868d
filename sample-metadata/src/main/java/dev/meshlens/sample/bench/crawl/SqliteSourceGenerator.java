package dev.meshlens.sample.bench.crawl;

import dev.meshlens.sample.synthetic.ProgressLog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a SQLite database for crawl benchmarks: the tables, foreign keys, views and rows planned
 * by {@link SqliteSourceConfig}, in one transaction, with progress logged. The file is small (1 KiB
 * pages, a few rows a table: about 2.2 KiB a table of 20 columns); the same config gives the same
 * schema and rows. Writing takes time quadratic in the tables (SQLite scans its schema table at
 * every {@code CREATE TABLE}): seconds for 4,000 tables, minutes for 20,000, so {@link
 * #reuseOrWrite} keeps a file written before for the same config.
 */
public final class SqliteSourceGenerator {
  private static final Logger LOG = LoggerFactory.getLogger(SqliteSourceGenerator.class);
  private static final List<String> SQLITE_SUFFIXES = List.of("", "-journal", "-wal", "-shm");

  /** The version of what this class writes; change it when the plan or the SQL changes. */
  private static final int FORMAT = 1;

  private final SqliteSourceConfig config;
  private final TablePlanner planner;

  public SqliteSourceGenerator(SqliteSourceConfig config) {
    this.config = config;
    this.planner = new TablePlanner(config);
  }

  public SqliteSourceConfig config() {
    return config;
  }

  /**
   * The database in {@code file} if it was written completely for this config (its {@code
   * user_version} holds the config's fingerprint, set last), else a new one written there.
   */
  public SqliteSource reuseOrWrite(Path file) {
    if (Files.isRegularFile(file) && fingerprintOf(file) == fingerprint()) {
      LOG.info("Reusing {}, written before for the same tables, columns, rows and seed", file);
      return planned(file);
    }
    return write(file);
  }

  /** Writes the database to {@code file}, replacing it; returns what it holds. */
  public SqliteSource write(Path file) {
    delete(file);
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      try (Connection connection =
              DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
          Statement statement = connection.createStatement()) {
        statement.execute("PRAGMA page_size = 1024");
        statement.execute("PRAGMA journal_mode = OFF");
        statement.execute("PRAGMA synchronous = OFF");
        statement.execute("PRAGMA cache_size = -262144");
        connection.setAutoCommit(false);
        SqliteSource source = fill(statement, file);
        // the mark that the file is whole, committed with the rest
        statement.execute("PRAGMA user_version = " + fingerprint());
        connection.commit();
        LOG.info(
            "Wrote {}: {} tables, {} views, {} columns, {} foreign keys, {} rows",
            file,
            source.tables(),
            source.views(),
            source.columns(),
            source.foreignKeys(),
            source.rows());
        return source(file, source.columns(), source.foreignKeys(), Files.size(file));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Cannot write the database " + file + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the database " + file, e);
    }
  }

  private SqliteSource fill(Statement statement, Path file) throws SQLException {
    ProgressLog progress =
        new ProgressLog(LOG, "Generating " + file.getFileName(), config.tables(), "tables");
    long columns = 0;
    long foreignKeys = 0;
    for (int i = 0; i < config.tables(); i++) {
      TablePlan table = planner.plan(i);
      statement.executeUpdate(SqliteDdl.createTable(table));
      statement.executeUpdate(SqliteDdl.insertRows(table, config.rowsPerTable()));
      columns += table.columns().size();
      foreignKeys += table.references().size();
      progress.update(i + 1L);
    }
    for (int v = 0; v < config.views(); v++) {
      statement.executeUpdate(SqliteDdl.createView(planner.view(v)));
    }
    return source(file, columns, foreignKeys, 0);
  }

  /** What the plan puts in the file, counted without reading it. */
  private SqliteSource planned(Path file) {
    long columns = 0;
    long foreignKeys = 0;
    for (int i = 0; i < config.tables(); i++) {
      TablePlan table = planner.plan(i);
      columns += table.columns().size();
      foreignKeys += table.references().size();
    }
    try {
      return source(file, columns, foreignKeys, Files.size(file));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the size of " + file, e);
    }
  }

  private SqliteSource source(Path file, long columns, long foreignKeys, long bytes) {
    long rows = (long) config.tables() * config.rowsPerTable();
    return new SqliteSource(
        file, config.tables(), config.views(), columns, foreignKeys, rows, bytes);
  }

  /** Tells this generator's files for this config from others: changes with either. */
  private int fingerprint() {
    return Objects.hash(
        FORMAT, config.tables(), config.columnsPerTable(), config.rowsPerTable(), config.seed());
  }

  private static int fingerprintOf(Path file) {
    try (Connection connection =
            DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath() + "?open_mode=1");
        Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("PRAGMA user_version")) {
      return rs.next() ? rs.getInt(1) : 0;
    } catch (SQLException e) {
      return 0;
    }
  }

  /** Deletes an SQLite file and its companions (journal, WAL, shared memory). */
  public static void delete(Path file) {
    for (String suffix : SQLITE_SUFFIXES) {
      Path part = file.resolveSibling(file.getFileName() + suffix);
      try {
        Files.deleteIfExists(part);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot delete " + part, e);
      }
    }
  }
}
