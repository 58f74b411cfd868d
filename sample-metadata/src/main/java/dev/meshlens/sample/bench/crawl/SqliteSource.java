package dev.meshlens.sample.bench.crawl;

import java.nio.file.Path;

/**
 * A generated SQLite database and what it holds.
 *
 * @param columns the columns of all tables (views not included)
 * @param foreignKeys the foreign keys of all tables (each one column)
 * @param rows the rows of all tables
 * @param bytes the size of the file
 */
public record SqliteSource(
    Path file, int tables, int views, long columns, long foreignKeys, long rows, long bytes) {

  /** The datasets a crawl finds: every table and every view. */
  public int datasets() {
    return tables + views;
  }

  /** The JDBC URL of the file. */
  public String jdbcUrl() {
    return "jdbc:sqlite:" + file.toAbsolutePath();
  }
}
