package dev.meshlens.indexer.crawl.jdbc;

import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.model.DatasetInfo;
import dev.meshlens.catalog.model.Field;
import dev.meshlens.catalog.model.ForeignKey;
import dev.meshlens.catalog.model.Schema;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads one table's columns, keys and (bounded) row count through JDBC metadata. */
final class TableReader {
  private final Connection connection;
  private final DatabaseMetaData meta;
  private final JdbcNaming naming;
  private final int rowCountLimit;

  TableReader(Connection connection, JdbcNaming naming, int rowCountLimit) throws SQLException {
    this.connection = connection;
    this.meta = connection.getMetaData();
    this.naming = naming;
    this.rowCountLimit = rowCountLimit;
  }

  Schema schema(TableRef table) throws SQLException {
    return new Schema(columns(table), primaryKey(table), foreignKeys(table));
  }

  DatasetInfo info(TableRef table) throws SQLException {
    return new DatasetInfo(
        table.name(),
        blankToNull(table.remarks()),
        naming.platform(),
        table.isView() ? "view" : "table",
        null,
        table.isView() ? null : rowCount(table),
        Map.of());
  }

  private List<Field> columns(TableRef table) throws SQLException {
    TreeMap<Integer, Field> fields = new TreeMap<>();
    try (ResultSet rs =
        meta.getColumns(table.catalog(), pattern(table.schema()), pattern(table.name()), "%")) {
      while (rs.next()) {
        if (!table.name().equals(rs.getString("TABLE_NAME"))) {
          continue;
        }
        int nullable = rs.getInt("NULLABLE");
        fields.put(
            rs.getInt("ORDINAL_POSITION"),
            new Field(
                rs.getString("COLUMN_NAME"),
                rs.getString("TYPE_NAME"),
                nullable == DatabaseMetaData.columnNullableUnknown
                    ? null
                    : nullable == DatabaseMetaData.columnNullable,
                blankToNull(rs.getString("REMARKS")),
                List.of(),
                List.of(),
                null));
      }
    }
    return List.copyOf(fields.values());
  }

  private List<String> primaryKey(TableRef table) throws SQLException {
    TreeMap<Integer, String> key = new TreeMap<>();
    try (ResultSet rs = meta.getPrimaryKeys(table.catalog(), table.schema(), table.name())) {
      while (rs.next()) {
        key.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME"));
      }
    }
    return List.copyOf(key.values());
  }

  private List<ForeignKey> foreignKeys(TableRef table) throws SQLException {
    Map<String, List<String[]>> byKey = new LinkedHashMap<>();
    try (ResultSet rs = meta.getImportedKeys(table.catalog(), table.schema(), table.name())) {
      while (rs.next()) {
        String target = rs.getString("PKTABLE_SCHEM") + "\n" + rs.getString("PKTABLE_NAME");
        String id =
            rs.getString("FK_NAME") == null ? target : rs.getString("FK_NAME") + "\n" + target;
        byKey
            .computeIfAbsent(id, k -> new ArrayList<>())
            .add(
                new String[] {
                  rs.getString("PKTABLE_SCHEM"),
                  rs.getString("PKTABLE_NAME"),
                  rs.getString("FKCOLUMN_NAME"),
                  rs.getString("PKCOLUMN_NAME")
                });
      }
    }
    List<ForeignKey> keys = new ArrayList<>();
    for (List<String[]> columns : byKey.values()) {
      String[] first = columns.getFirst();
      Urn target = naming.dataset(first[0], first[1]);
      keys.add(
          new ForeignKey(
              columns.stream().map(c -> c[2]).toList(),
              target,
              columns.stream().map(c -> c[3]).toList()));
    }
    return keys;
  }

  /**
   * The exact row count when the table has at most the limit of rows, else null (also when the
   * count query fails, such as on a dialect without LIMIT).
   */
  private Long rowCount(TableRef table) throws SQLException {
    if (rowCountLimit <= 0) {
      return null;
    }
    String sql =
        "SELECT count(*) FROM (SELECT 1 FROM "
            + qualified(table)
            + " LIMIT "
            + (rowCountLimit + 1L)
            + ") bounded";
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery(sql)) {
      long count = rs.next() ? rs.getLong(1) : 0;
      return count > rowCountLimit ? null : count;
    } catch (SQLException e) {
      // a dialect without LIMIT, or no right to read rows: the count is simply unknown
      return null;
    }
  }

  private String qualified(TableRef table) throws SQLException {
    String quote = meta.getIdentifierQuoteString();
    quote = quote == null || quote.isBlank() ? "\"" : quote.trim();
    String name = quote + table.name().replace(quote, quote + quote) + quote;
    return table.schema() == null || table.schema().isBlank()
        ? name
        : quote + table.schema().replace(quote, quote + quote) + quote + "." + name;
  }

  /** A metadata search pattern matching exactly this name. */
  private String pattern(String name) throws SQLException {
    if (name == null) {
      return null;
    }
    String escape = meta.getSearchStringEscape();
    if (escape == null || escape.isEmpty()) {
      return name;
    }
    return name.replace(escape, escape + escape)
        .replace("_", escape + "_")
        .replace("%", escape + "%");
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
