package dev.meshlens.sample.bench.crawl;

import dev.meshlens.sample.bench.crawl.TablePlan.Column;
import dev.meshlens.sample.bench.crawl.TablePlan.Reference;
import java.util.ArrayList;
import java.util.List;

/** The SQL that creates and fills planned tables and views. */
final class SqliteDdl {
  private SqliteDdl() {}

  static String createTable(TablePlan table) {
    List<String> parts = new ArrayList<>();
    for (Column column : table.columns()) {
      parts.add(quote(column.name()) + " " + column.type() + (column.notNull() ? " NOT NULL" : ""));
    }
    parts.add(
        "PRIMARY KEY ("
            + String.join(", ", table.primaryKey().stream().map(SqliteDdl::quote).toList())
            + ")");
    for (Reference reference : table.references()) {
      parts.add(
          "FOREIGN KEY ("
              + quote(reference.column())
              + ") REFERENCES "
              + quote(reference.table())
              + " ("
              + quote(reference.key())
              + ")");
    }
    return "CREATE TABLE " + quote(table.name()) + " (\n  " + String.join(",\n  ", parts) + "\n)";
  }

  /**
   * Rows 1 to {@code rows}: the key and every reference hold the row number (so each reference
   * finds its row, since every table has as many), other columns a value of their kind.
   */
  static String insertRows(TablePlan table, int rows) {
    StringBuilder sql =
        new StringBuilder("INSERT INTO ").append(quote(table.name())).append(" VALUES");
    for (int row = 1; row <= rows; row++) {
      sql.append(row == 1 ? "\n  (" : ",\n  (");
      for (int i = 0; i < table.columns().size(); i++) {
        Column column = table.columns().get(i);
        boolean numbered = i == 0 || column.name().endsWith("_id");
        sql.append(i == 0 ? "" : ", ")
            .append(numbered ? Integer.toString(row) : column.kind().literal(row, column.name()));
      }
      sql.append(')');
    }
    return sql.toString();
  }

  /** The view's base table, with one column of the referenced table when joined to it. */
  static String createView(ViewPlan view) {
    String select = "SELECT a.*";
    String from = " FROM " + quote(view.base().name()) + " AS a";
    if (view.via() != null) {
      String shown = view.target().columns().getLast().name();
      select += ", b." + quote(shown) + " AS " + quote("ref_" + shown);
      from +=
          " JOIN "
              + quote(view.target().name())
              + " AS b ON a."
              + quote(view.via().column())
              + " = b."
              + quote(view.via().key());
    }
    return "CREATE VIEW " + quote(view.name()) + " AS " + select + from;
  }

  static String quote(String name) {
    return "\"" + name.replace("\"", "\"\"") + "\"";
  }
}
