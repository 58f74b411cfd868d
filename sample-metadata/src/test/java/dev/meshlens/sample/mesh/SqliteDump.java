package dev.meshlens.sample.mesh;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** A text dump of a SQLite database: its schema objects and every row, in a stable order. */
public final class SqliteDump {
  private SqliteDump() {}

  public static List<String> dump(Path file) throws SQLException {
    List<String> lines = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet rs =
          s.executeQuery("SELECT type, name, sql FROM sqlite_master ORDER BY type, name")) {
        while (rs.next()) {
          lines.add(rs.getString(1) + " " + rs.getString(2) + ": " + rs.getString(3));
          if (!rs.getString(2).startsWith("sqlite_autoindex")) {
            tables.add(rs.getString(2));
          }
        }
      }
      for (String table : tables) {
        lines.addAll(rows(s, table));
      }
    }
    return lines;
  }

  private static List<String> rows(Statement s, String table) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (ResultSet rs = s.executeQuery("SELECT * FROM \"" + table.replace("\"", "\"\"") + "\"")) {
      int columns = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        StringBuilder row = new StringBuilder(table).append(" |");
        for (int i = 1; i <= columns; i++) {
          row.append(' ').append(rs.getString(i)).append(" |");
        }
        rows.add(row.toString());
      }
    }
    rows.sort(String::compareTo);
    return rows;
  }
}
