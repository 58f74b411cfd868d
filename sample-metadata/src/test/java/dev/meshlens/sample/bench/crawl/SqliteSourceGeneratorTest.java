package dev.meshlens.sample.bench.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meshlens.sample.mesh.SqliteDump;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteSourceGeneratorTest {
  private static final SqliteSourceConfig CONFIG = SqliteSourceConfig.of(250);
  @TempDir static Path shared;
  private static SqliteSource source;

  @TempDir Path dir;

  @BeforeAll
  static void write_250_tables() {
    source = new SqliteSourceGenerator(CONFIG).write(shared.resolve("source.db"));
  }

  @Test
  void the_database_holds_the_tables_columns_foreign_keys_views_and_rows_it_claims()
      throws SQLException {
    assertThat(source.tables()).isEqualTo(250);
    assertThat(source.views()).isEqualTo(2);
    assertThat(source.datasets()).isEqualTo(252);
    assertThat(source.columns()).isEqualTo(250 * 20);
    assertThat(source.foreignKeys()).as("about 1.2 a table").isBetween(250L, 350L);
    assertThat(source.rows()).isEqualTo(750);
    try (Connection c = DriverManager.getConnection(source.jdbcUrl());
        Statement s = c.createStatement()) {
      assertThat(count(s, "SELECT count(*) FROM sqlite_schema WHERE type = 'table'"))
          .isEqualTo(source.tables());
      assertThat(count(s, "SELECT count(*) FROM sqlite_schema WHERE type = 'view'"))
          .isEqualTo(source.views());
      assertThat(count(s, TABLES_JOIN + "pragma_table_info(m.name)")).isEqualTo(source.columns());
      assertThat(count(s, TABLES_JOIN + "pragma_foreign_key_list(m.name)"))
          .isEqualTo(source.foreignKeys());
      long rows = 0;
      for (String table : names(s, "table")) {
        rows += count(s, "SELECT count(*) FROM " + SqliteDdl.quote(table));
      }
      assertThat(rows).isEqualTo(source.rows());
    }
  }

  @Test
  void every_table_has_a_key_and_every_foreign_key_finds_its_row() throws SQLException {
    try (Connection c = DriverManager.getConnection(source.jdbcUrl());
        Statement s = c.createStatement()) {
      assertThat(count(s, "SELECT count(*) FROM pragma_foreign_key_check")).isZero();
      assertThat(
              count(
                  s,
                  "SELECT count(*) FROM sqlite_schema m WHERE m.type = 'table' AND NOT EXISTS"
                      + " (SELECT 1 FROM pragma_table_info(m.name) WHERE pk > 0)"))
          .isZero();
      assertThat(count(s, TABLES_JOIN + "pragma_table_info(m.name) WHERE pk = 2"))
          .as("history tables keyed by id and valid_from")
          .isEqualTo(25);
      for (String view : names(s, "view")) {
        assertThat(count(s, "SELECT count(*) FROM " + SqliteDdl.quote(view))).as(view).isEqualTo(3);
      }
    }
  }

  @Test
  void tables_are_named_like_a_business_database() throws SQLException {
    try (Connection c = DriverManager.getConnection(source.jdbcUrl());
        Statement s = c.createStatement()) {
      assertThat(names(s, "table"))
          .contains("sales_orders", "crm_customers", "finance_invoices_daily");
      assertThat(names(s, "view")).allMatch(v -> v.startsWith("v_"));
      assertThat(
              count(
                  s,
                  "SELECT count(*) FROM pragma_table_info('sales_orders')"
                      + " WHERE name = 'order_id' AND pk = 1 AND type = 'INTEGER'"))
          .isEqualTo(1);
    }
  }

  @Test
  void table_names_stay_unique_for_many_tables() {
    Set<String> names = new HashSet<>();
    for (int i = 0; i < 50_000; i++) {
      names.add(TablePlanner.name(i)[0]);
    }
    assertThat(names).hasSize(50_000);
  }

  @Test
  void the_same_config_writes_the_same_database_and_another_seed_another() throws SQLException {
    SqliteSource again = new SqliteSourceGenerator(CONFIG).write(dir.resolve("again.db"));
    SqliteSource other =
        new SqliteSourceGenerator(CONFIG.withSeed(7)).write(dir.resolve("other.db"));

    assertThat(SqliteDump.dump(again.file())).isEqualTo(SqliteDump.dump(source.file()));
    assertThat(again)
        .isEqualTo(
            new SqliteSource(
                again.file(), 250, 2, source.columns(), source.foreignKeys(), 750, source.bytes()));
    assertThat(SqliteDump.dump(other.file())).isNotEqualTo(SqliteDump.dump(source.file()));
  }

  @Test
  void a_file_written_for_the_same_config_is_reused_and_one_for_another_is_replaced()
      throws IOException {
    Path file = dir.resolve("kept.db");
    SqliteSourceConfig small = SqliteSourceConfig.of(30).withColumnsPerTable(5);
    SqliteSource written = new SqliteSourceGenerator(small).write(file);
    FileTime marked = FileTime.fromMillis(1_000_000);
    Files.setLastModifiedTime(file, marked);

    SqliteSource reused = new SqliteSourceGenerator(small).reuseOrWrite(file);
    assertThat(reused).isEqualTo(written);
    assertThat(Files.getLastModifiedTime(file)).isEqualTo(marked);

    SqliteSource replaced = new SqliteSourceGenerator(small.withSeed(1)).reuseOrWrite(file);
    assertThat(Files.getLastModifiedTime(file)).isNotEqualTo(marked);
    assertThat(replaced.tables()).isEqualTo(30);
  }

  @Test
  void sizes_out_of_range_are_refused_with_the_rule_and_the_value() {
    assertThatThrownBy(() -> SqliteSourceConfig.of(0))
        .hasMessage("tables must be in [1, 1000000]; got: 0");
    assertThatThrownBy(() -> SqliteSourceConfig.of(10).withColumnsPerTable(2))
        .hasMessage("columnsPerTable must be in [3, 1000]; got: 2");
    assertThatThrownBy(() -> new SqliteSourceConfig(10, 20, 0, 1))
        .hasMessage("rowsPerTable must be in [1, 1000]; got: 0");
  }

  private static final String TABLES_JOIN =
      "SELECT count(*) FROM (SELECT name FROM sqlite_schema WHERE type = 'table') m JOIN ";

  private static long count(Statement s, String sql) throws SQLException {
    try (ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static List<String> names(Statement s, String type) throws SQLException {
    List<String> names = new ArrayList<>();
    try (ResultSet rs =
        s.executeQuery("SELECT name FROM sqlite_schema WHERE type = '" + type + "'")) {
      while (rs.next()) {
        names.add(rs.getString(1));
      }
    }
    return names;
  }
}
