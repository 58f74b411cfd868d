package dev.meshlens.catalog.sqlite;

import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.json.AspectCodec;
import dev.meshlens.catalog.model.QualityResult;
import dev.meshlens.catalog.model.Run;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The queries that read time-series facts (runs, usage, quality results) on a reader. */
final class FactReader {
  private final AspectCodec codec;

  FactReader(AspectCodec codec) {
    this.codec = codec;
  }

  Optional<Run> findRun(Connection c, String runId) throws SQLException {
    List<Run> runs =
        jsonList(c, "SELECT value FROM runs WHERE run_id = ? LIMIT ?", Run.class, runId, 1);
    return runs.stream().findFirst();
  }

  List<Run> runsOfJob(Connection c, Urn job, int limit) throws SQLException {
    return jsonList(
        c,
        "SELECT value FROM runs WHERE job = ? ORDER BY started_at DESC LIMIT ?",
        Run.class,
        job.toString(),
        limit);
  }

  long countUsage(Connection c, Urn dataset, Instant from, Instant to) throws SQLException {
    return AssetReader.scalar(
        c,
        "SELECT count(*) FROM usage_events WHERE dataset = ? AND time >= ? AND time < ?",
        dataset.toString(),
        from.toEpochMilli(),
        to.toEpochMilli());
  }

  /** The time of the latest usage event (an index lookup, {@code usage_by_time}). */
  static Optional<Instant> latestUsage(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT max(time) FROM usage_events");
        ResultSet rs = ps.executeQuery()) {
      long time = rs.next() ? rs.getLong(1) : 0;
      return rs.wasNull() || time == 0 ? Optional.empty() : Optional.of(Instant.ofEpochMilli(time));
    }
  }

  Map<Urn, Long> usageByDataset(Connection c, Instant from, Instant to) throws SQLException {
    Map<Urn, Long> counts = new HashMap<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT dataset, count(*) FROM usage_events WHERE time >= ? AND time < ?"
                + " GROUP BY dataset")) {
      ps.setLong(1, from.toEpochMilli());
      ps.setLong(2, to.toEpochMilli());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          counts.put(Urn.parse(rs.getString(1)), rs.getLong(2));
        }
      }
    }
    return counts;
  }

  List<QualityResult> qualityResults(Connection c, Urn dataset, int limit) throws SQLException {
    return jsonList(
        c,
        "SELECT value FROM quality_results WHERE dataset = ? ORDER BY time DESC LIMIT ?",
        QualityResult.class,
        dataset.toString(),
        limit);
  }

  private <T> List<T> jsonList(Connection c, String sql, Class<T> type, String key, int limit)
      throws SQLException {
    List<T> values = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, key);
      ps.setInt(2, limit);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          values.add(codec.fromJson(type, rs.getString(1)));
        }
      }
    }
    return values;
  }
}
