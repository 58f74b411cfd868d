package dev.meshlens.catalog.sqlite;

import dev.meshlens.catalog.EntityType;
import dev.meshlens.catalog.Page;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.health.HealthComponent;
import dev.meshlens.catalog.health.HealthDetail;
import dev.meshlens.catalog.health.HealthScore;
import dev.meshlens.catalog.health.HealthSnapshots.Ranked;
import dev.meshlens.catalog.health.LeaderboardQuery;
import dev.meshlens.catalog.health.Signal;
import dev.meshlens.catalog.health.SignalValues;
import dev.meshlens.catalog.json.AspectCodec;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The reads and writes of {@code health_snapshots} and {@code health_days}. */
final class HealthSnapshotTable {
  private static final String COLUMNS =
      "s.day, d.at, s.score, s.grade, s.cap, s.signals, s.detail, d.weights";
  private static final String FROM =
      " FROM health_snapshots s JOIN health_days d ON d.day = s.day"
          + " WHERE s.asset = (SELECT id FROM assets WHERE urn = ?) ORDER BY s.day DESC LIMIT ?";

  private final AspectCodec codec;

  HealthSnapshotTable(AspectCodec codec) {
    this.codec = codec;
  }

  /** A snapshot row to write. */
  record Row(long asset, Double score, String grade, String cap, String signals, Object detail) {}

  static void writeDay(Connection c, long day, Instant at, String weights) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT OR REPLACE INTO health_days (day, at, weights) VALUES (?, ?, ?)")) {
      ps.setLong(1, day);
      ps.setLong(2, at.toEpochMilli());
      ps.setString(3, weights);
      ps.executeUpdate();
    }
  }

  long write(Connection c, long day, List<Row> rows) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT OR REPLACE INTO health_snapshots"
                + " (asset, day, score, grade, cap, signals, detail) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      for (Row row : rows) {
        ps.setLong(1, row.asset());
        ps.setLong(2, day);
        if (row.score() == null) {
          ps.setNull(3, Types.REAL);
        } else {
          ps.setDouble(3, row.score());
        }
        ps.setString(4, row.grade());
        ps.setString(5, row.cap());
        ps.setString(6, row.signals());
        ps.setString(7, row.detail() == null ? null : codec.toJson(row.detail()));
        ps.addBatch();
      }
      ps.executeBatch();
    }
    return rows.size();
  }

  /**
   * Drops the detail of the earlier days of these rows' assets: only the latest day of a product or
   * a domain keeps its detail; its history keeps score, grade, cap and signal values.
   */
  void dropOlderDetails(Connection c, long day, List<Row> rows) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE health_snapshots SET detail = NULL"
                + " WHERE asset = ? AND day < ? AND detail IS NOT NULL")) {
      for (Row row : rows) {
        ps.setLong(1, row.asset());
        ps.setLong(2, day);
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  List<HealthScore> history(Connection c, Urn urn, int limit) throws SQLException {
    List<HealthScore> scores = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + FROM)) {
      ps.setString(1, urn.toString());
      ps.setInt(2, limit);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String detail = rs.getString(7);
          scores.add(
              detail != null
                  ? codec.fromJson(HealthDetail.class, detail).score()
                  : compact(urn, rs));
        }
      }
    }
    return scores;
  }

  Optional<HealthDetail> detail(Connection c, Urn urn) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + FROM)) {
      ps.setString(1, urn.toString());
      ps.setInt(2, 1);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next() || rs.getString(7) == null) {
          return Optional.empty();
        }
        return Optional.of(codec.fromJson(HealthDetail.class, rs.getString(7)));
      }
    }
  }

  /** A dataset's compact row as a score: components with their values and weights only. */
  private static HealthScore compact(Urn urn, ResultSet rs) throws SQLException {
    SignalValues values = SignalValues.decode(rs.getString(6));
    double[] weights = weights(rs.getString(8));
    List<HealthComponent> components = new ArrayList<>();
    for (Signal signal : Signal.values()) {
      components.add(
          new HealthComponent(
              signal.code(), weights[signal.ordinal()], values.value(signal), Map.of(), null));
    }
    double score = rs.getDouble(3);
    return new HealthScore(
        urn,
        Instant.ofEpochMilli(rs.getLong(2)),
        rs.wasNull() ? null : score,
        rs.getString(4),
        components,
        rs.getString(5));
  }

  /** The weights of a day as {@code health_days} keeps them: {@code 0.35,0.2,...} by signal. */
  static String encodeWeights(dev.meshlens.catalog.health.HealthPolicy policy) {
    StringBuilder out = new StringBuilder();
    for (Signal signal : Signal.values()) {
      out.append(out.isEmpty() ? "" : ",").append(policy.weight(signal));
    }
    return out.toString();
  }

  private static double[] weights(String text) {
    double[] weights = new double[Signal.values().length];
    String[] parts = text.split(",", -1);
    for (int i = 0; i < Math.min(parts.length, weights.length); i++) {
      weights[i] = Double.parseDouble(parts[i]);
    }
    return weights;
  }

  Page<Ranked> leaderboard(Connection c, LeaderboardQuery q) throws SQLException {
    String where =
        " WHERE x.type = ? AND x.deleted = 0" + (q.domain() == null ? "" : " AND x.domain = ?");
    long total;
    try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM assets x" + where)) {
      bind(ps, q);
      try (ResultSet rs = ps.executeQuery()) {
        total = rs.next() ? rs.getLong(1) : 0;
      }
    }
    String order =
        q.sort() == LeaderboardQuery.Sort.HEALTH
            ? " ORDER BY s.score IS NULL, s.score DESC, x.name, x.urn"
            : " ORDER BY x.name, x.urn";
    List<Ranked> items = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT x.urn, x.name, x.domain, s.score, s.grade FROM assets x"
                + " LEFT JOIN health_snapshots s ON s.asset = x.id"
                + "  AND s.day = (SELECT max(day) FROM health_snapshots WHERE asset = x.id)"
                + where
                + order
                + " LIMIT ? OFFSET ?")) {
      int next = bind(ps, q);
      ps.setInt(next, q.size());
      ps.setLong(next + 1, q.offset());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Urn urn = Urn.parse(rs.getString(1));
          String domain = rs.getString(3);
          double score = rs.getDouble(4);
          boolean unscored = rs.wasNull();
          items.add(
              new Ranked(
                  urn,
                  rs.getString(2),
                  domain != null ? Urn.parse(domain) : q.type() == EntityType.DOMAIN ? urn : null,
                  unscored ? null : score,
                  rs.getString(5)));
        }
      }
    }
    return new Page<>(total, items);
  }

  private static int bind(PreparedStatement ps, LeaderboardQuery q) throws SQLException {
    ps.setString(1, q.type().code());
    if (q.domain() != null) {
      ps.setString(2, q.domain().toString());
      return 3;
    }
    return 2;
  }

  static Map<Urn, Double> latestScores(Connection c, EntityType type) throws SQLException {
    Map<Urn, Double> scores = new HashMap<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT x.urn, s.score FROM health_snapshots s JOIN assets x ON x.id = s.asset"
                + " WHERE s.day = (SELECT max(day) FROM health_days) AND x.type = ?"
                + " AND x.deleted = 0 AND s.score IS NOT NULL")) {
      ps.setString(1, type.code());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          scores.put(Urn.parse(rs.getString(1)), rs.getDouble(2));
        }
      }
    }
    return scores;
  }
}
