package dev.meshlens.indexer.crawl.jdbc;

import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.model.Field;
import dev.meshlens.catalog.model.ForeignKey;
import dev.meshlens.catalog.model.Schema;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads a table's schema through {@link DatabaseMetaData}: works on any JDBC driver, costs three
 * metadata calls per table.
 */
final class MetadataSchemaReader implements SchemaReader {
  private final DatabaseMetaData meta;
  private final JdbcNaming naming;

  MetadataSchemaReader(DatabaseMetaData meta, JdbcNaming naming) {
    this.meta = meta;
    this.naming = naming;
  }

  @Override
  public Schema schema(TableRef table) throws SQLException {
    return new Schema(columns(table), primaryKey(table), foreignKeys(table));
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
                TableReader.blankToNull(rs.getString("REMARKS")),
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

  /**
   * The foreign keys, one per constraint. Rows come ordered by referenced table and key position;
   * constraints without a name (SQLite's usually) that reference the same table are told apart by
   * position: the n-th row at key position k belongs to the n-th such constraint.
   */
  private List<ForeignKey> foreignKeys(TableRef table) throws SQLException {
    Map<String, List<String[]>> byKey = new LinkedHashMap<>();
    Map<String, Integer> seen = new HashMap<>();
    try (ResultSet rs = meta.getImportedKeys(table.catalog(), table.schema(), table.name())) {
      while (rs.next()) {
        String name = rs.getString("FK_NAME");
        String constraint =
            (name == null ? "" : name)
                + "\n"
                + rs.getString("PKTABLE_SCHEM")
                + "\n"
                + rs.getString("PKTABLE_NAME");
        int occurrence = seen.merge(constraint + "\n" + rs.getInt("KEY_SEQ"), 1, Integer::sum);
        byKey
            .computeIfAbsent(constraint + "\n" + occurrence, k -> new ArrayList<>())
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

  @Override
  public void close() {
    // holds nothing of its own
  }
}
