package dev.meshlens.catalog.sqlite;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.meshlens.catalog.ApplyResult;
import dev.meshlens.catalog.AssetCounts;
import dev.meshlens.catalog.Batch;
import dev.meshlens.catalog.Batch.Upsert;
import dev.meshlens.catalog.ChangeOp;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.json.AspectCodec;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes one validated batch inside the caller's transaction on the writer connection: new aspect
 * versions only where the content hash changed, withdrawals, asset rows and their change-log
 * entries, then the facts. Sequence numbers and asset ids are assigned here, under the write lock,
 * so every insert can go to the database in one JDBC batch per statement.
 */
final class BatchWriter implements AutoCloseable {
  private final Connection connection;
  private final AspectCodec codec;
  private final FactWriter facts;
  private final Statements sql;
  private final Map<String, Long> sourceIds = new HashMap<>();

  private long sequence;
  private long lastAssetId;
  private long now;
  private long sourceId;
  private String actor;

  /** An asset as stored: its id and whether it is deleted. */
  private record AssetRow(long id, boolean deleted) {}

  /** One source's current version of one aspect. */
  private record AspectRow(long version, boolean live, String hash) {}

  BatchWriter(Connection connection, AspectCodec codec) throws SQLException {
    this.connection = connection;
    this.codec = codec;
    this.facts = new FactWriter(connection, codec);
    this.sql = new Statements(connection);
  }

  ApplyResult write(Batch batch, long nowMillis) throws SQLException {
    now = nowMillis;
    actor = batch.actor();
    sequence = scalar("SELECT coalesce(max(seq), 0) FROM change_log");
    lastAssetId = scalar("SELECT coalesce(max(id), 0) FROM assets");
    sourceId = sourceId(batch.source());
    long first = sequence + 1;
    Map<Urn, List<Upsert>> byAsset = new LinkedHashMap<>();
    for (Upsert upsert : batch.upserts()) {
      byAsset.computeIfAbsent(upsert.urn(), u -> new ArrayList<>()).add(upsert);
    }
    int written = 0;
    int[] assets = new int[4]; // added, changed, unchanged, removed
    for (Map.Entry<Urn, List<Upsert>> entry : byAsset.entrySet()) {
      int[] outcome = writeAsset(entry.getKey(), entry.getValue(), batch.source());
      written += outcome[0];
      assets[outcome[1]]++;
    }
    sql.flush();
    int withdrawn = 0;
    int deleted = 0;
    for (Urn urn : batch.removals()) {
      AssetRow row = findAsset(urn);
      int n = row == null ? 0 : withdraw(row);
      withdrawn += n;
      assets[3] += n > 0 ? 1 : 0;
      if (n > 0 && deleteIfEmpty(row)) {
        deleted++;
      }
    }
    sql.flush();
    int added = facts.write(batch);
    int unchanged = batch.upserts().size() - written;
    return new ApplyResult(
        written,
        unchanged,
        withdrawn,
        deleted,
        added,
        first,
        sequence,
        new AssetCounts(assets[0], assets[1], assets[2], assets[3]));
  }

  /**
   * Writes the changed aspects of one asset; returns how many versions it wrote and whether the
   * asset was added (0), changed (1) or unchanged (2) for this source.
   */
  private int[] writeAsset(Urn urn, List<Upsert> upserts, String source) throws SQLException {
    AssetRow row = findAsset(urn);
    Map<String, AspectRow> current = row == null ? Map.of() : currentAspects(row.id());
    long assetId = row == null ? ++lastAssetId : row.id();
    Labels labels = new Labels(urn);
    int written = 0;
    for (Upsert upsert : upserts) {
      String kind = upsert.aspect().aspectKind().code();
      String json = codec.toJson(upsert.aspect());
      String hash = hash(json);
      AspectRow stored = current.get(kind);
      if (stored != null && stored.live() && stored.hash().equals(hash)) {
        continue;
      }
      long version = stored == null ? 1 : stored.version() + 1;
      long seq = logChange(assetId, kind, version, ChangeOp.UPSERT, json);
      sql.setAspect(assetId, kind, sourceId, version, true, hash, seq);
      labels.add(source, upsert.aspect());
      written++;
    }
    if (written > 0) {
      if (row == null) {
        sql.insertAsset(assetId, urn, labels, now);
      } else {
        sql.touchAsset(assetId, labels, now);
      }
    }
    boolean stated = current.values().stream().anyMatch(AspectRow::live);
    return new int[] {written, written == 0 ? 2 : stated ? 1 : 0};
  }

  private AssetRow findAsset(Urn urn) throws SQLException {
    PreparedStatement ps = sql.findAsset;
    ps.setString(1, urn.toString());
    try (ResultSet rs = ps.executeQuery()) {
      return rs.next() ? new AssetRow(rs.getLong(1), rs.getInt(2) == 1) : null;
    }
  }

  private Map<String, AspectRow> currentAspects(long assetId) throws SQLException {
    Map<String, AspectRow> aspects = new HashMap<>();
    PreparedStatement ps = sql.aspectsOfSource;
    ps.setLong(1, assetId);
    ps.setLong(2, sourceId);
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        aspects.put(
            rs.getString(1), new AspectRow(rs.getLong(2), rs.getInt(3) == 1, rs.getString(4)));
      }
    }
    return aspects;
  }

  private int withdraw(AssetRow row) throws SQLException {
    int withdrawn = 0;
    for (Map.Entry<String, AspectRow> aspect : currentAspects(row.id()).entrySet()) {
      if (aspect.getValue().live()) {
        long version = aspect.getValue().version() + 1;
        long seq = logChange(row.id(), aspect.getKey(), version, ChangeOp.DELETE, null);
        sql.setAspect(row.id(), aspect.getKey(), sourceId, version, false, "", seq);
        withdrawn++;
      }
    }
    return withdrawn;
  }

  private boolean deleteIfEmpty(AssetRow row) throws SQLException {
    sql.flush();
    PreparedStatement count = sql.countLive;
    count.setLong(1, row.id());
    try (ResultSet rs = count.executeQuery()) {
      rs.next();
      if (rs.getLong(1) > 0 || row.deleted()) {
        return false;
      }
    }
    sql.markDeleted(row.id(), now);
    logChange(row.id(), null, 0, ChangeOp.DELETE, null);
    return true;
  }

  private long logChange(long assetId, String aspect, long version, ChangeOp op, String value)
      throws SQLException {
    long seq = ++sequence;
    sql.insertChange(seq, assetId, aspect, sourceId, version, op.name(), value, now, actor);
    return seq;
  }

  private long sourceId(String source) throws SQLException {
    Long known = sourceIds.get(source);
    if (known != null) {
      return known;
    }
    try (PreparedStatement insert =
        connection.prepareStatement("INSERT OR IGNORE INTO sources (name) VALUES (?)")) {
      insert.setString(1, source);
      insert.executeUpdate();
    }
    try (PreparedStatement select =
        connection.prepareStatement("SELECT id FROM sources WHERE name = ?")) {
      select.setString(1, source);
      try (ResultSet rs = select.executeQuery()) {
        rs.next();
        long id = rs.getLong(1);
        sourceIds.put(source, id);
        return id;
      }
    }
  }

  /**
   * Forgets what a failed transaction may have left behind: writes not sent yet, and source ids
   * that were created inside it and rolled back with it.
   */
  void rolledBack() throws SQLException {
    sql.discard();
    sourceIds.clear();
  }

  private long scalar(String query) throws SQLException {
    try (Statement st = connection.createStatement();
        ResultSet rs = st.executeQuery(query)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  static String hash(String json) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.getBytes(UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  @Override
  public void close() throws SQLException {
    facts.close();
    sql.close();
  }
}
