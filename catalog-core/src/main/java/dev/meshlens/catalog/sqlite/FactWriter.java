package dev.meshlens.catalog.sqlite;

import dev.meshlens.catalog.Batch;
import dev.meshlens.catalog.json.AspectCodec;
import dev.meshlens.catalog.model.QualityResult;
import dev.meshlens.catalog.model.Run;
import dev.meshlens.catalog.model.UsageEvent;
import dev.meshlens.catalog.profile.UsageDay;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;

/**
 * Writes a batch's time-series facts. Usage events and quality results are keyed by a hash of their
 * content, so a repeated fact is ignored; a run's reports are merged into one row.
 */
final class FactWriter implements AutoCloseable {
  private final Connection connection;
  private final AspectCodec codec;
  private PreparedStatement selectRun;
  private PreparedStatement upsertRun;
  private PreparedStatement insertUsage;
  private PreparedStatement insertQuality;
  private PreparedStatement countUsageDay;

  FactWriter(Connection connection, AspectCodec codec) {
    this.connection = connection;
    this.codec = codec;
  }

  /** Prepared on first use: a batch without facts never touches the fact tables. */
  private void prepare() throws SQLException {
    if (selectRun != null) {
      return;
    }
    selectRun = connection.prepareStatement("SELECT value FROM runs WHERE run_id = ?");
    upsertRun =
        connection.prepareStatement(
            "INSERT OR REPLACE INTO runs (run_id, job, state, started_at, ended_at, value)"
                + " VALUES (?, ?, ?, ?, ?, ?)");
    insertUsage =
        connection.prepareStatement(
            "INSERT OR IGNORE INTO usage_events"
                + " (id, time, dataset, principal, principal_kind, query, source)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)");
    insertQuality =
        connection.prepareStatement(
            "INSERT OR IGNORE INTO quality_results"
                + " (id, dataset, check_id, time, passed, value, source)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)");
    countUsageDay = // the profiles' read model (V7__profile.sql)
        connection.prepareStatement(
            "INSERT INTO usage_daily (dataset, day, principal_kind, principal, events)"
                + " VALUES (?, ?, ?, ?, 1) ON CONFLICT DO UPDATE SET events = events + 1");
  }

  /** Returns how many facts were new. */
  int write(Batch batch) throws SQLException {
    if (batch.runs().isEmpty() && batch.usage().isEmpty() && batch.qualityResults().isEmpty()) {
      return 0;
    }
    prepare();
    int added = 0;
    for (Run run : batch.runs()) {
      added += writeRun(run) ? 1 : 0;
    }
    for (UsageEvent event : batch.usage()) {
      String json = codec.toJson(event);
      insertUsage.setString(1, BatchWriter.hash(json));
      insertUsage.setLong(2, event.time().toEpochMilli());
      insertUsage.setString(3, event.dataset().toString());
      insertUsage.setString(4, event.principal());
      insertUsage.setString(5, event.principalKind().name());
      insertUsage.setString(6, event.query());
      insertUsage.setString(7, batch.source());
      if (insertUsage.executeUpdate() == 1) {
        added++;
        countUsageDay(event);
      }
    }
    for (QualityResult result : batch.qualityResults()) {
      String json = codec.toJson(result);
      insertQuality.setString(1, BatchWriter.hash(json));
      insertQuality.setString(2, result.dataset().toString());
      insertQuality.setString(3, result.checkId());
      insertQuality.setLong(4, result.time().toEpochMilli());
      insertQuality.setInt(5, result.passed() ? 1 : 0);
      insertQuality.setString(6, json);
      insertQuality.setString(7, batch.source());
      added += insertQuality.executeUpdate();
    }
    return added;
  }

  private void countUsageDay(UsageEvent event) throws SQLException {
    countUsageDay.setString(1, event.dataset().toString());
    countUsageDay.setLong(2, UsageDay.dayOf(event.time()));
    countUsageDay.setString(3, event.principalKind().name());
    countUsageDay.setString(4, event.principal());
    countUsageDay.executeUpdate();
  }

  private boolean writeRun(Run reported) throws SQLException {
    Run stored = null;
    selectRun.setString(1, reported.runId());
    try (ResultSet rs = selectRun.executeQuery()) {
      if (rs.next()) {
        stored = codec.fromJson(Run.class, rs.getString(1));
      }
    }
    Run merged = stored == null ? reported : stored.merge(reported);
    if (merged.equals(stored)) {
      return false;
    }
    upsertRun.setString(1, merged.runId());
    upsertRun.setString(2, merged.job().toString());
    upsertRun.setString(3, merged.state().name());
    setInstant(upsertRun, 4, merged.startedAt());
    setInstant(upsertRun, 5, merged.endedAt());
    upsertRun.setString(6, codec.toJson(merged));
    upsertRun.executeUpdate();
    return true;
  }

  private static void setInstant(PreparedStatement ps, int index, Instant instant)
      throws SQLException {
    if (instant == null) {
      ps.setNull(index, Types.INTEGER);
    } else {
      ps.setLong(index, instant.toEpochMilli());
    }
  }

  @Override
  public void close() throws SQLException {
    if (selectRun == null) {
      return;
    }
    selectRun.close();
    upsertRun.close();
    insertUsage.close();
    insertQuality.close();
    if (countUsageDay != null) {
      countUsageDay.close();
    }
  }
}
