package dev.meshlens.indexer.crawl.jdbc;

import dev.meshlens.catalog.model.DatasetInfo;
import dev.meshlens.catalog.model.Schema;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/** Reads one table's info with its (bounded) row count, and its schema with a schema reader. */
final class TableReader {
  private final Connection connection;
  private final JdbcNaming naming;
  private final int rowCountLimit;
  private final SchemaReader schemas;
  private final String quote;

  TableReader(Connection connection, JdbcNaming naming, int rowCountLimit, SchemaReader schemas)
      throws SQLException {
    this.connection = connection;
    this.naming = naming;
    this.rowCountLimit = rowCountLimit;
    this.schemas = schemas;
    String declared = connection.getMetaData().getIdentifierQuoteString();
    this.quote = declared == null || declared.isBlank() ? "\"" : declared.trim();
  }

  Schema schema(TableRef table) throws SQLException {
    return schemas.schema(table);
  }

  DatasetInfo info(TableRef table) {
    return new DatasetInfo(
        table.name(),
        blankToNull(table.remarks()),
        naming.platform(),
        table.isView() ? "view" : "table",
        null,
        table.isView() ? null : rowCount(table),
        Map.of());
  }

  /**
   * The exact row count when the table has at most the limit of rows, else null (also when the
   * count query fails, such as on a dialect without LIMIT).
   */
  private Long rowCount(TableRef table) {
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

  private String qualified(TableRef table) {
    String name = quote + table.name().replace(quote, quote + quote) + quote;
    return table.schema() == null || table.schema().isBlank()
        ? name
        : quote + table.schema().replace(quote, quote + quote) + quote + "." + name;
  }

  static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
