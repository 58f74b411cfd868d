package dev.meshlens.indexer.crawl.jdbc;

import dev.meshlens.catalog.model.Field;
import dev.meshlens.catalog.model.ForeignKey;
import dev.meshlens.catalog.model.Schema;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads a SQLite table's schema with two prepared pragma queries, {@code pragma_table_xinfo} and
 * {@code pragma_foreign_key_list}, answered from the schema SQLite parsed once: constant work per
 * table. (The driver's {@code DatabaseMetaData.getColumns} lists every table again for each table
 * it is asked about, so reading a database that way takes time quadratic in its tables.) It gives
 * what {@link MetadataSchemaReader} gives on SQLite: the same type names, nullability, key order
 * and foreign keys, in the same order.
 */
final class SqliteSchemaReader implements SchemaReader {
  private final JdbcNaming naming;
  private final PreparedStatement columns;
  private final PreparedStatement foreignKeys;

  /** The primary keys read so far, by table name in lower case (SQLite ignores case in names). */
  private final Map<String, List<String>> primaryKeys = new HashMap<>();

  /** A column as the pragma lists it; {@code keyPosition} is 0 outside the primary key. */
  private record Column(Field field, int keyPosition) {}

  SqliteSchemaReader(Connection connection, JdbcNaming naming) throws SQLException {
    this.naming = naming;
    this.columns =
        connection.prepareStatement(
            "SELECT name, type, \"notnull\", pk FROM pragma_table_xinfo(?) ORDER BY cid");
    this.foreignKeys =
        connection.prepareStatement(
            "SELECT id, \"table\", \"from\", \"to\" FROM pragma_foreign_key_list(?)"
                + " ORDER BY \"table\", id, seq");
  }

  @Override
  public Schema schema(TableRef table) throws SQLException {
    List<Column> read = columns(table.name());
    List<String> key = primaryKey(read);
    primaryKeys.put(table.name().toLowerCase(Locale.ROOT), key);
    return new Schema(read.stream().map(Column::field).toList(), key, foreignKeys(table));
  }

  private List<Column> columns(String table) throws SQLException {
    List<Column> read = new ArrayList<>();
    columns.setString(1, table);
    try (ResultSet rs = columns.executeQuery()) {
      while (rs.next()) {
        Field field =
            new Field(
                rs.getString(1),
                typeName(rs.getString(2)),
                rs.getInt(3) == 0,
                null,
                List.of(),
                List.of(),
                null);
        read.add(new Column(field, rs.getInt(4)));
      }
    }
    return read;
  }

  private static List<String> primaryKey(List<Column> columns) {
    TreeMap<Integer, String> key = new TreeMap<>();
    for (Column column : columns) {
      if (column.keyPosition() > 0) {
        key.put(column.keyPosition(), column.field().name());
      }
    }
    return List.copyOf(key.values());
  }

  /** One key per constraint, ordered by referenced table, then as SQLite numbers them. */
  private List<ForeignKey> foreignKeys(TableRef table) throws SQLException {
    Map<Integer, List<String[]>> byId = new LinkedHashMap<>();
    foreignKeys.setString(1, table.name());
    try (ResultSet rs = foreignKeys.executeQuery()) {
      while (rs.next()) {
        byId.computeIfAbsent(rs.getInt(1), id -> new ArrayList<>())
            .add(new String[] {rs.getString(2), rs.getString(3), rs.getString(4)});
      }
    }
    List<ForeignKey> keys = new ArrayList<>();
    for (List<String[]> constraint : byId.values()) {
      String target = constraint.getFirst()[0];
      List<String> from = new ArrayList<>();
      List<String> to = new ArrayList<>();
      for (int i = 0; i < constraint.size(); i++) {
        from.add(constraint.get(i)[1]);
        to.add(constraint.get(i)[2] != null ? constraint.get(i)[2] : keyColumn(target, i));
      }
      keys.add(new ForeignKey(from, naming.dataset(null, target), to));
    }
    return keys;
  }

  /**
   * The i-th primary key column of a table, for a foreign key that names no columns ({@code
   * REFERENCES customers}), which SQLite resolves to the referenced table's primary key.
   */
  private String keyColumn(String table, int position) throws SQLException {
    String known = table.toLowerCase(Locale.ROOT);
    List<String> key = primaryKeys.get(known);
    if (key == null) {
      key = primaryKey(columns(table));
      primaryKeys.put(known, key);
    }
    if (position >= key.size()) {
      throw new SQLException(
          "a foreign key references " + table + " without naming columns, and it has no such key");
    }
    return key.get(position);
  }

  /**
   * The type name as the SQLite driver reports it: the declared type in upper case without its size
   * ({@code varchar(20)} is VARCHAR), TEXT when there is none.
   */
  static String typeName(String declared) {
    if (declared == null) {
      return "TEXT";
    }
    String upper = declared.toUpperCase(Locale.ROOT);
    int open = upper.indexOf('(');
    return open > 0 ? upper.substring(0, open).trim() : upper;
  }

  @Override
  public void close() throws SQLException {
    columns.close();
    foreignKeys.close();
  }
}
