package dev.meshlens.catalog.sqlite;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.meshlens.catalog.ApplyResult;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes one validated batch inside the caller's transaction on the writer connection: new aspect
 * versions only where the content hash changed, withdrawals, asset rows and their change-log
 * entries, then the facts. Sequence numbers are assigned here, under the write lock.
 */
final class BatchWriter implements AutoCloseable {
  private final Connection connection;
  private final AspectCodec codec;
  private final FactWriter facts;
  private final PreparedStatement selectAspect;
  private final PreparedStatement insertChange;
  private final PreparedStatement upsertAspect;
  private final PreparedStatement upsertAsset;
  private final PreparedStatement liveAspectsOfSource;
  private final PreparedStatement countLive;
  private final PreparedStatement markDeleted;

  private long sequence;
  private long now;
  private String source;
  private String actor;

  BatchWriter(Connection connection, AspectCodec codec) throws SQLException {
    this.connection = connection;
    this.codec = codec;
    this.facts = new FactWriter(connection, codec);
    selectAspect =
        connection.prepareStatement(
            "SELECT version, live, hash FROM aspects WHERE urn = ? AND aspect = ? AND source = ?");
    insertChange =
        connection.prepareStatement(
            "INSERT INTO change_log (seq, urn, aspect, source, version, op, value, at, actor)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    upsertAspect =
        connection.prepareStatement(
            "INSERT OR REPLACE INTO aspects (urn, aspect, source, version, live, hash, seq)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)");
    upsertAsset =
        connection.prepareStatement(
            "INSERT INTO assets (urn, type, name, domain, product, deleted, created_at, updated_at)"
                + " VALUES (?1, ?2, ?3, ?4, ?5, 0, ?6, ?6) ON CONFLICT (urn) DO UPDATE SET"
                + " deleted = 0, updated_at = ?6, name = coalesce(?7, name),"
                + " domain = coalesce(?4, domain), product = coalesce(?5, product)");
    liveAspectsOfSource =
        connection.prepareStatement(
            "SELECT aspect, version FROM aspects WHERE urn = ? AND source = ? AND live = 1");
    countLive =
        connection.prepareStatement("SELECT count(*) FROM aspects WHERE urn = ? AND live = 1");
    markDeleted =
        connection.prepareStatement(
            "UPDATE assets SET deleted = 1, updated_at = ? WHERE urn = ? AND deleted = 0");
  }

  ApplyResult write(Batch batch, long nowMillis) throws SQLException {
    now = nowMillis;
    source = batch.source();
    actor = batch.actor();
    sequence = lastSequence();
    long first = sequence + 1;
    int[] counts = new int[2];
    Map<Urn, Labels> touched = new LinkedHashMap<>();
    for (Upsert upsert : batch.upserts()) {
      if (writeAspect(upsert, touched)) {
        counts[0]++;
      } else {
        counts[1]++;
      }
    }
    for (Map.Entry<Urn, Labels> entry : touched.entrySet()) {
      touchAsset(entry.getKey(), entry.getValue());
    }
    int withdrawn = 0;
    int deleted = 0;
    for (Urn urn : batch.removals()) {
      int n = withdraw(urn);
      withdrawn += n;
      if (n > 0 && deleteIfEmpty(urn)) {
        deleted++;
      }
    }
    int added = facts.write(batch);
    return new ApplyResult(counts[0], counts[1], withdrawn, deleted, added, first, sequence);
  }

  private long lastSequence() throws SQLException {
    try (Statement st = connection.createStatement();
        ResultSet rs = st.executeQuery("SELECT coalesce(max(seq), 0) FROM change_log")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** Writes a new version if the content changed; returns whether it did. */
  private boolean writeAspect(Upsert upsert, Map<Urn, Labels> touched) throws SQLException {
    String urn = upsert.urn().toString();
    String kind = upsert.aspect().aspectKind().code();
    String json = codec.toJson(upsert.aspect());
    String hash = hash(json);
    long version = 0;
    selectAspect.setString(1, urn);
    selectAspect.setString(2, kind);
    selectAspect.setString(3, source);
    try (ResultSet rs = selectAspect.executeQuery()) {
      if (rs.next()) {
        if (rs.getInt(2) == 1 && rs.getString(3).equals(hash)) {
          return false;
        }
        version = rs.getLong(1);
      }
    }
    long seq = logChange(urn, kind, version + 1, ChangeOp.UPSERT, json);
    setAspect(urn, kind, version + 1, true, hash, seq);
    touched.computeIfAbsent(upsert.urn(), Labels::new).add(source, upsert.aspect());
    return true;
  }

  private void touchAsset(Urn urn, Labels labels) throws SQLException {
    upsertAsset.setString(1, urn.toString());
    upsertAsset.setString(2, urn.type().code());
    upsertAsset.setString(3, labels.defaultName());
    upsertAsset.setString(4, labels.domainOrNull());
    upsertAsset.setString(5, labels.productOrNull());
    upsertAsset.setLong(6, now);
    upsertAsset.setString(7, labels.nameOrNull());
    upsertAsset.executeUpdate();
  }

  private int withdraw(Urn urn) throws SQLException {
    List<Object[]> live = new ArrayList<>();
    liveAspectsOfSource.setString(1, urn.toString());
    liveAspectsOfSource.setString(2, source);
    try (ResultSet rs = liveAspectsOfSource.executeQuery()) {
      while (rs.next()) {
        live.add(new Object[] {rs.getString(1), rs.getLong(2)});
      }
    }
    for (Object[] aspect : live) {
      String kind = (String) aspect[0];
      long version = (Long) aspect[1] + 1;
      long seq = logChange(urn.toString(), kind, version, ChangeOp.DELETE, null);
      setAspect(urn.toString(), kind, version, false, "", seq);
    }
    return live.size();
  }

  private boolean deleteIfEmpty(Urn urn) throws SQLException {
    countLive.setString(1, urn.toString());
    try (ResultSet rs = countLive.executeQuery()) {
      rs.next();
      if (rs.getLong(1) > 0) {
        return false;
      }
    }
    markDeleted.setLong(1, now);
    markDeleted.setString(2, urn.toString());
    if (markDeleted.executeUpdate() == 0) {
      return false;
    }
    logChange(urn.toString(), null, 0, ChangeOp.DELETE, null);
    return true;
  }

  private long logChange(String urn, String aspect, long version, ChangeOp op, String value)
      throws SQLException {
    long seq = ++sequence;
    insertChange.setLong(1, seq);
    insertChange.setString(2, urn);
    insertChange.setString(3, aspect);
    insertChange.setString(4, source);
    insertChange.setLong(5, version);
    insertChange.setString(6, op.name());
    insertChange.setString(7, value);
    insertChange.setLong(8, now);
    insertChange.setString(9, actor);
    insertChange.executeUpdate();
    return seq;
  }

  private void setAspect(String urn, String kind, long version, boolean live, String hash, long seq)
      throws SQLException {
    upsertAspect.setString(1, urn);
    upsertAspect.setString(2, kind);
    upsertAspect.setString(3, source);
    upsertAspect.setLong(4, version);
    upsertAspect.setInt(5, live ? 1 : 0);
    upsertAspect.setString(6, hash);
    upsertAspect.setLong(7, seq);
    upsertAspect.executeUpdate();
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
    for (PreparedStatement ps :
        List.of(
            selectAspect,
            insertChange,
            upsertAspect,
            upsertAsset,
            liveAspectsOfSource,
            countLive,
            markDeleted)) {
      ps.close();
    }
  }
}
