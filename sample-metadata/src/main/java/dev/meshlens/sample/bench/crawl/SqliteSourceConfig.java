package dev.meshlens.sample.bench.crawl;

/**
 * What {@link SqliteSourceGenerator} writes: {@code tables} tables of {@code columnsPerTable}
 * columns each (the primary key and foreign key columns included), {@code rowsPerTable} rows in
 * each, and one view for every {@value #TABLES_PER_VIEW} tables; the same file for the same seed.
 */
public record SqliteSourceConfig(int tables, int columnsPerTable, int rowsPerTable, long seed) {
  public static final int TABLES_PER_VIEW = 100;
  public static final int MAX_TABLES = 1_000_000;
  public static final int MAX_COLUMNS = 1_000;

  public SqliteSourceConfig {
    if (tables < 1 || tables > MAX_TABLES) {
      throw new IllegalArgumentException(
          "tables must be in [1, " + MAX_TABLES + "]; got: " + tables);
    }
    if (columnsPerTable < 3 || columnsPerTable > MAX_COLUMNS) {
      throw new IllegalArgumentException(
          "columnsPerTable must be in [3, " + MAX_COLUMNS + "]; got: " + columnsPerTable);
    }
    if (rowsPerTable < 1 || rowsPerTable > 1_000) {
      throw new IllegalArgumentException("rowsPerTable must be in [1, 1000]; got: " + rowsPerTable);
    }
  }

  /** {@code tables} tables of 20 columns with 3 rows each, seed 42. */
  public static SqliteSourceConfig of(int tables) {
    return new SqliteSourceConfig(tables, 20, 3, 42);
  }

  public SqliteSourceConfig withTables(int count) {
    return new SqliteSourceConfig(count, columnsPerTable, rowsPerTable, seed);
  }

  public SqliteSourceConfig withColumnsPerTable(int columns) {
    return new SqliteSourceConfig(tables, columns, rowsPerTable, seed);
  }

  public SqliteSourceConfig withSeed(long newSeed) {
    return new SqliteSourceConfig(tables, columnsPerTable, rowsPerTable, newSeed);
  }

  /** The number of views: one per {@value #TABLES_PER_VIEW} tables. */
  public int views() {
    return tables / TABLES_PER_VIEW;
  }
}
