package dev.meshlens.sample.mesh;

import dev.meshlens.sample.mesh.model.Column;
import dev.meshlens.sample.mesh.model.Dataset;
import dev.meshlens.sample.mesh.model.DatasetKind;
import dev.meshlens.sample.mesh.model.Product;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Writes one SQLite database per product ({@code databases/<domain>/<product>.sqlite}) holding all
 * its Postgres tables with primary and foreign keys, generated rows and its views. SQLite stands in
 * for the product's Postgres database: the table and column names are the physical ones.
 */
final class SqliteWriter {
  private final RowGenerator rows;

  SqliteWriter(RowGenerator rows) {
    this.rows = rows;
  }

  void write(Path root, Product product) throws IOException, SQLException {
    Path file =
        root.resolve("databases").resolve(product.domain()).resolve(product.id() + ".sqlite");
    Files.createDirectories(file.getParent());
    Files.deleteIfExists(file);
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
      connection.setAutoCommit(false);
      for (Map.Entry<Dataset, List<Object[]>> table : rows.rows(product).entrySet()) {
        create(connection, table.getKey());
        insert(connection, table.getKey(), table.getValue());
      }
      for (Dataset view : product.databaseDatasets()) {
        if (view.kind() == DatasetKind.VIEW) {
          execute(connection, "CREATE VIEW " + quote(view.localName()) + " AS " + view.viewSql());
        }
      }
      connection.commit();
      connection.setAutoCommit(true);
      execute(connection, "VACUUM");
    }
  }

  private static void create(Connection connection, Dataset table) throws SQLException {
    List<String> parts = new ArrayList<>();
    for (Column column : table.columns()) {
      parts.add(
          quote(column.name())
              + " "
              + column.physicalType()
              + (column.required() ? " NOT NULL" : ""));
    }
    List<Column> key = table.primaryKey();
    if (!key.isEmpty()) {
      parts.add(
          "PRIMARY KEY ("
              + String.join(", ", key.stream().map(c -> quote(c.name())).toList())
              + ")");
    }
    for (Column column : table.columns()) {
      if (column.references() != null) {
        parts.add(
            "FOREIGN KEY (" + quote(column.name()) + ") REFERENCES " + quote(column.references()));
      }
    }
    execute(
        connection,
        "CREATE TABLE "
            + quote(table.localName())
            + " (\n  "
            + String.join(",\n  ", parts)
            + "\n)");
  }

  private static void insert(Connection connection, Dataset table, List<Object[]> rows)
      throws SQLException {
    String marks = String.join(", ", Collections.nCopies(table.columns().size(), "?"));
    String sql = "INSERT INTO " + quote(table.localName()) + " VALUES (" + marks + ")";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (Object[] row : rows) {
        for (int i = 0; i < row.length; i++) {
          statement.setObject(i + 1, row[i]);
        }
        statement.addBatch();
      }
      statement.executeBatch();
    }
  }

  private static void execute(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  static String quote(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }
}
