package dev.meshlens.sample.bench;

import dev.meshlens.catalog.Batch;
import dev.meshlens.catalog.StoreException;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.model.Classification;
import dev.meshlens.catalog.model.DatasetInfo;
import dev.meshlens.catalog.model.Field;
import dev.meshlens.catalog.model.Membership;
import dev.meshlens.catalog.model.Ownership;
import dev.meshlens.catalog.model.Schema;
import dev.meshlens.catalog.model.Tag;
import dev.meshlens.catalog.model.Tags;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The baseline: the same datasets as plain rows in a hand-made schema, one row per dataset and one
 * per column, no JSON, no history, no change log, inserted with {@code addBatch}/{@code
 * executeBatch} in one transaction per batch, with the store's pragmas (WAL, synchronous NORMAL,
 * the same page cache) so that only the write path differs.
 */
final class JdbcBaselineTarget implements IngestTarget {
  static final List<String> PRAGMAS =
      List.of(
          "PRAGMA busy_timeout = 10000",
          "PRAGMA journal_mode = WAL",
          "PRAGMA synchronous = NORMAL",
          "PRAGMA cache_size = -65536",
          "PRAGMA temp_store = MEMORY");

  private static final String SCHEMA =
      """
      CREATE TABLE datasets (
        id INTEGER PRIMARY KEY, urn TEXT NOT NULL UNIQUE, namespace TEXT NOT NULL,
        name TEXT NOT NULL, display_name TEXT, description TEXT, platform TEXT, kind TEXT,
        sensitivity TEXT, pii INTEGER, row_count INTEGER, domain TEXT, product TEXT,
        owners TEXT, tags TEXT);
      CREATE TABLE dataset_columns (
        dataset_id INTEGER NOT NULL REFERENCES datasets (id), position INTEGER NOT NULL,
        name TEXT NOT NULL, type TEXT, nullable INTEGER, description TEXT, sensitivity TEXT,
        pii INTEGER, tags TEXT, PRIMARY KEY (dataset_id, position)) WITHOUT ROWID;
      """;

  private final Connection connection;
  private final PreparedStatement insertDataset;
  private final PreparedStatement insertColumn;
  private long nextId = 1;

  JdbcBaselineTarget(Path file) {
    try {
      connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
      try (Statement st = connection.createStatement()) {
        for (String pragma : PRAGMAS) {
          st.execute(pragma);
        }
        st.executeUpdate(SCHEMA);
      }
      connection.setAutoCommit(false);
      insertDataset =
          connection.prepareStatement(
              "INSERT INTO datasets (id, urn, namespace, name, display_name, description,"
                  + " platform, kind, sensitivity, pii, row_count, domain, product, owners, tags)"
                  + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
      insertColumn =
          connection.prepareStatement(
              "INSERT INTO dataset_columns (dataset_id, position, name, type, nullable,"
                  + " description, sensitivity, pii, tags) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    } catch (SQLException e) {
      throw new StoreException("Cannot open the baseline database " + file, e);
    }
  }

  @Override
  public void write(Batch batch) {
    try {
      for (Row row : rows(batch).values()) {
        long id = nextId++;
        addDataset(id, row);
        if (row.schema != null) {
          addColumns(id, row.schema);
        }
      }
      insertDataset.executeBatch();
      insertColumn.executeBatch();
      connection.commit();
    } catch (SQLException e) {
      rollback();
      throw new StoreException("Baseline insert failed: " + e.getMessage(), e);
    }
  }

  /** The aspects of each dataset in the batch, gathered by URN in order of first appearance. */
  private static Map<Urn, Row> rows(Batch batch) {
    Map<Urn, Row> rows = new LinkedHashMap<>();
    for (Batch.Upsert upsert : batch.upserts()) {
      Row row = rows.computeIfAbsent(upsert.urn(), Row::new);
      switch (upsert.aspect()) {
        case DatasetInfo info -> row.info = info;
        case Schema schema -> row.schema = schema;
        case Membership membership -> row.membership = membership;
        case Ownership ownership -> row.ownership = ownership;
        case Tags tags -> row.tags = tags;
        default -> {}
      }
    }
    return rows;
  }

  private void addDataset(long id, Row row) throws SQLException {
    DatasetInfo info = row.info;
    insertDataset.setLong(1, id);
    insertDataset.setString(2, row.urn.toString());
    insertDataset.setString(3, row.urn.part(0));
    insertDataset.setString(4, row.urn.part(1));
    insertDataset.setString(5, info == null ? null : info.displayName());
    insertDataset.setString(6, info == null ? null : info.description());
    insertDataset.setString(7, info == null ? null : info.platform());
    insertDataset.setString(8, info == null ? null : info.kind());
    setClassification(insertDataset, 9, info == null ? null : info.classification());
    setLong(insertDataset, 11, info == null ? null : info.rowCount());
    insertDataset.setString(12, row.membership == null ? null : row.membership.domain().toString());
    insertDataset.setString(13, product(row.membership));
    insertDataset.setString(14, owners(row.ownership));
    insertDataset.setString(15, row.tags == null ? null : joinTags(row.tags.tags()));
    insertDataset.addBatch();
  }

  private void addColumns(long id, Schema schema) throws SQLException {
    List<Field> fields = schema.fields();
    for (int position = 0; position < fields.size(); position++) {
      Field field = fields.get(position);
      insertColumn.setLong(1, id);
      insertColumn.setInt(2, position);
      insertColumn.setString(3, field.name());
      insertColumn.setString(4, field.type());
      if (field.nullable() == null) {
        insertColumn.setNull(5, Types.INTEGER);
      } else {
        insertColumn.setInt(5, field.nullable() ? 1 : 0);
      }
      insertColumn.setString(6, field.description());
      setClassification(insertColumn, 7, field.classification());
      insertColumn.setString(9, field.tags().isEmpty() ? null : joinTags(field.tags()));
      insertColumn.addBatch();
    }
  }

  private static void setClassification(PreparedStatement ps, int index, Classification c)
      throws SQLException {
    ps.setString(index, c == null ? null : c.sensitivity().name());
    if (c == null) {
      ps.setNull(index + 1, Types.INTEGER);
    } else {
      ps.setInt(index + 1, c.pii() ? 1 : 0);
    }
  }

  private static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
    if (value == null) {
      ps.setNull(index, Types.INTEGER);
    } else {
      ps.setLong(index, value);
    }
  }

  private static String product(Membership membership) {
    return membership == null || membership.product() == null
        ? null
        : membership.product().toString();
  }

  private static String owners(Ownership ownership) {
    return ownership == null
        ? null
        : ownership.owners().stream()
            .map(o -> o.role() + "=" + o.owner())
            .collect(Collectors.joining(","));
  }

  private static String joinTags(List<Tag> tags) {
    return tags.stream().map(Tag::name).collect(Collectors.joining(","));
  }

  private void rollback() {
    try {
      connection.rollback();
    } catch (SQLException e) {
      throw new StoreException("Baseline rollback failed", e);
    }
  }

  @Override
  public void close() {
    try (Statement st = connection.createStatement()) {
      st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
      insertDataset.close();
      insertColumn.close();
      connection.close();
    } catch (SQLException e) {
      throw new StoreException("Closing the baseline database failed", e);
    }
  }

  /** What the batch says about one dataset. */
  private static final class Row {
    private final Urn urn;
    private DatasetInfo info;
    private Schema schema;
    private Membership membership;
    private Ownership ownership;
    private Tags tags;

    Row(Urn urn) {
      this.urn = urn;
    }
  }
}
