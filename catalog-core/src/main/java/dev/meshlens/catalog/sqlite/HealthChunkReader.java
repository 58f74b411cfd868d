package dev.meshlens.catalog.sqlite;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.meshlens.catalog.json.AspectCodec;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the datasets of a health recompute in chunks of consecutive ids, each with what its live
 * aspects say, extracted in SQL with the JSON functions so that no aspect is parsed in Java: a
 * description (a blank one counts as none), the owners, the columns and the documented columns (a
 * column with a non-empty description; one of only spaces counts as documented), the declared check
 * ids.
 */
final class HealthChunkReader {
  private final AspectCodec codec;

  HealthChunkReader(AspectCodec codec) {
    this.codec = codec;
  }

  /** Up to {@code limit} live datasets with ids above {@code afterId}, in id order. */
  List<HealthDatasetRow> chunk(Connection c, long afterId, int limit) throws SQLException {
    List<HealthDatasetRow> rows = new ArrayList<>(limit);
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT x.id, x.urn, x.name, x.product, x.updated_at, a.aspect,"
                + " CASE a.aspect"
                + "  WHEN 'datasetInfo' THEN"
                + "   trim(coalesce(json_extract(c.value, '$.description'), '')) <> ''"
                + "  WHEN 'ownership' THEN coalesce(json_array_length(c.value, '$.owners'), 0)"
                + "  WHEN 'schema' THEN coalesce(json_array_length(c.value, '$.fields'), 0)"
                + " END,"
                // a field's "description" key is only written when it has one, and the key's
                // quoted text cannot occur inside a JSON string: counting it in the text is
                // exact, and far cheaper than walking the fields
                + " CASE a.aspect WHEN 'schema' THEN"
                + "  (length(c.value) - length(replace(c.value, '\"description\":', ''))) / 14"
                + " END,"
                + " CASE a.aspect WHEN 'qualityChecks' THEN"
                + "  (SELECT json_group_array(json_extract(k.value, '$.id'))"
                + "   FROM json_each(c.value, '$.checks') k)"
                + " END"
                + " FROM (SELECT id, urn, name, product, updated_at FROM assets"
                + "  WHERE type = 'dataset' AND deleted = 0 AND id > ? ORDER BY id LIMIT ?) x"
                + " LEFT JOIN aspects a ON a.asset = x.id AND a.live = 1"
                + "  AND a.aspect IN ('datasetInfo', 'ownership', 'schema', 'qualityChecks')"
                + " LEFT JOIN change_log c ON c.seq = a.seq"
                + " ORDER BY x.id")) {
      ps.setLong(1, afterId);
      ps.setInt(2, limit);
      try (ResultSet rs = ps.executeQuery()) {
        RowBuilder row = null;
        while (rs.next()) {
          long id = rs.getLong(1);
          if (row == null || row.id != id) {
            if (row != null) {
              rows.add(row.build());
            }
            row =
                new RowBuilder(
                    id, rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5));
          }
          row.add(rs.getString(6), rs.getInt(7), rs.getInt(8), rs.getString(9));
        }
        if (row != null) {
          rows.add(row.build());
        }
      }
    }
    return rows;
  }

  private List<String> stringList(String json) {
    try {
      List<String> values = codec.mapper().readValue(json, new TypeReference<List<String>>() {});
      return values.stream().filter(v -> v != null).toList();
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("Cannot read stored check ids " + json, e);
    }
  }

  /** Collects one dataset's aspect rows into a {@link HealthDatasetRow}. */
  private final class RowBuilder {
    private final long id;
    private final String urn;
    private final String name;
    private final String product;
    private final long updatedAt;
    private boolean described;
    private int owners;
    private int columns;
    private int documented;
    private Set<String> checks = Set.of();

    RowBuilder(long id, String urn, String name, String product, long updatedAt) {
      this.id = id;
      this.urn = urn;
      this.name = name;
      this.product = product;
      this.updatedAt = updatedAt;
    }

    void add(String aspect, int number, int documentedColumns, String checkIds) {
      if (aspect == null) {
        return;
      }
      switch (aspect) {
        case "datasetInfo" -> described |= number == 1;
        case "ownership" -> owners = Math.max(owners, number);
        case "schema" -> {
          if (number > columns || (number == columns && documentedColumns > documented)) {
            columns = number;
            documented = documentedColumns;
          }
        }
        case "qualityChecks" -> {
          Set<String> ids = new HashSet<>(checks);
          ids.addAll(stringList(checkIds));
          checks = ids;
        }
        default -> {}
      }
    }

    HealthDatasetRow build() {
      return new HealthDatasetRow(
          id, urn, name, product, updatedAt, described, owners, columns, documented, checks);
    }
  }
}
