package dev.meshlens.catalog.sqlite;

import dev.meshlens.catalog.Urn;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

/**
 * The writer's prepared statements. Inserts and updates are collected as JDBC batches and sent by
 * {@link #flush()}, in an order that keeps reads inside the same transaction correct.
 */
final class Statements implements AutoCloseable {
  final PreparedStatement findAsset;
  final PreparedStatement aspectsOfSource;
  final PreparedStatement countLive;
  private final PreparedStatement insertAsset;
  private final PreparedStatement touchAsset;
  private final PreparedStatement markDeleted;
  private final PreparedStatement insertChange;
  private final PreparedStatement setAspect;
  private final List<PreparedStatement> writes;
  private int pending;

  Statements(Connection c) throws SQLException {
    findAsset = c.prepareStatement("SELECT id, deleted FROM assets WHERE urn = ?");
    aspectsOfSource =
        c.prepareStatement(
            "SELECT aspect, version, live, hash FROM aspects WHERE asset = ? AND source = ?");
    countLive = c.prepareStatement("SELECT count(*) FROM aspects WHERE asset = ? AND live = 1");
    insertAsset =
        c.prepareStatement(
            "INSERT INTO assets (id, urn, type, name, domain, product, deleted, created_at,"
                + " updated_at) VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?)");
    touchAsset =
        c.prepareStatement(
            "UPDATE assets SET deleted = 0, updated_at = ?, name = coalesce(?, name),"
                + " domain = coalesce(?, domain), product = coalesce(?, product) WHERE id = ?");
    markDeleted = c.prepareStatement("UPDATE assets SET deleted = 1, updated_at = ? WHERE id = ?");
    insertChange =
        c.prepareStatement(
            "INSERT INTO change_log (seq, asset, aspect, source, version, op, value, at, actor)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    setAspect =
        c.prepareStatement(
            "INSERT OR REPLACE INTO aspects (asset, aspect, source, version, live, hash, seq)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)");
    writes = List.of(insertAsset, touchAsset, markDeleted, insertChange, setAspect);
  }

  void insertAsset(long id, Urn urn, Labels labels, long now) throws SQLException {
    insertAsset.setLong(1, id);
    insertAsset.setString(2, urn.toString());
    insertAsset.setString(3, urn.type().code());
    insertAsset.setString(4, labels.defaultName());
    insertAsset.setString(5, labels.domainOrNull());
    insertAsset.setString(6, labels.productOrNull());
    insertAsset.setLong(7, now);
    insertAsset.setLong(8, now);
    add(insertAsset);
  }

  void touchAsset(long id, Labels labels, long now) throws SQLException {
    touchAsset.setLong(1, now);
    touchAsset.setString(2, labels.nameOrNull());
    touchAsset.setString(3, labels.domainOrNull());
    touchAsset.setString(4, labels.productOrNull());
    touchAsset.setLong(5, id);
    add(touchAsset);
  }

  void markDeleted(long id, long now) throws SQLException {
    markDeleted.setLong(1, now);
    markDeleted.setLong(2, id);
    add(markDeleted);
  }

  @SuppressWarnings("ParameterNumber")
  void insertChange(
      long seq,
      long asset,
      String aspect,
      long source,
      long version,
      String op,
      String value,
      long at,
      String actor)
      throws SQLException {
    insertChange.setLong(1, seq);
    insertChange.setLong(2, asset);
    insertChange.setString(3, aspect);
    insertChange.setLong(4, source);
    insertChange.setLong(5, version);
    insertChange.setString(6, op);
    if (value == null) {
      insertChange.setNull(7, Types.VARCHAR);
    } else {
      insertChange.setString(7, value);
    }
    insertChange.setLong(8, at);
    insertChange.setString(9, actor);
    add(insertChange);
  }

  void setAspect(
      long asset, String aspect, long source, long version, boolean live, String hash, long seq)
      throws SQLException {
    setAspect.setLong(1, asset);
    setAspect.setString(2, aspect);
    setAspect.setLong(3, source);
    setAspect.setLong(4, version);
    setAspect.setInt(5, live ? 1 : 0);
    setAspect.setString(6, hash);
    setAspect.setLong(7, seq);
    add(setAspect);
  }

  private void add(PreparedStatement statement) throws SQLException {
    statement.addBatch();
    pending++;
  }

  /** Sends every collected write to the database. */
  void flush() throws SQLException {
    if (pending == 0) {
      return;
    }
    for (PreparedStatement statement : writes) {
      statement.executeBatch();
    }
    pending = 0;
  }

  /** Drops collected writes (after a failed transaction). */
  void discard() throws SQLException {
    for (PreparedStatement statement : writes) {
      statement.clearBatch();
    }
    pending = 0;
  }

  @Override
  public void close() throws SQLException {
    for (PreparedStatement statement : writes) {
      statement.close();
    }
    findAsset.close();
    aspectsOfSource.close();
    countLive.close();
  }
}
