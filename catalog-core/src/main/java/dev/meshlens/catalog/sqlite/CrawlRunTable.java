package dev.meshlens.catalog.sqlite;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.meshlens.catalog.AssetCounts;
import dev.meshlens.catalog.CrawlRun;
import dev.meshlens.catalog.CrawlStatus;
import dev.meshlens.catalog.RunIssue;
import dev.meshlens.catalog.json.AspectCodec;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads and writes the crawl run history ({@code crawl_runs}). */
final class CrawlRunTable {
  private static final TypeReference<List<RunIssue>> ISSUES = new TypeReference<>() {};
  private static final String COLUMNS =
      "id, source, trigger, started_at, ended_at, status, added, changed, unchanged, removed,"
          + " warning_count, warnings, error, attempts";

  private final AspectCodec codec;

  CrawlRunTable(AspectCodec codec) {
    this.codec = codec;
  }

  CrawlRun start(Connection c, String source, String trigger, Instant now) throws SQLException {
    Instant at = now.truncatedTo(java.time.temporal.ChronoUnit.MILLIS); // what is stored
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO crawl_runs (source, trigger, started_at, status) VALUES (?, ?, ?, ?)")) {
      ps.setString(1, source);
      ps.setString(2, trigger);
      ps.setLong(3, at.toEpochMilli());
      ps.setString(4, CrawlStatus.RUNNING.name());
      ps.executeUpdate();
    }
    long id;
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT last_insert_rowid()")) {
      rs.next();
      id = rs.getLong(1);
    }
    return new CrawlRun(
        id,
        source,
        trigger,
        at,
        null,
        CrawlStatus.RUNNING,
        AssetCounts.ZERO,
        0,
        List.of(),
        null,
        0);
  }

  void finish(Connection c, CrawlRun run) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE crawl_runs SET ended_at = ?, status = ?, added = ?, changed = ?,"
                + " unchanged = ?, removed = ?, warning_count = ?, warnings = ?, error = ?,"
                + " attempts = ? WHERE id = ?")) {
      if (run.endedAt() == null) {
        ps.setNull(1, Types.INTEGER);
      } else {
        ps.setLong(1, run.endedAt().toEpochMilli());
      }
      ps.setString(2, run.status().name());
      ps.setInt(3, run.counts().added());
      ps.setInt(4, run.counts().changed());
      ps.setInt(5, run.counts().unchanged());
      ps.setInt(6, run.counts().removed());
      ps.setInt(7, run.warningCount());
      ps.setString(8, codec.toJson(run.warnings()));
      ps.setString(9, run.error());
      ps.setInt(10, run.attempts());
      ps.setLong(11, run.id());
      if (ps.executeUpdate() != 1) {
        throw new IllegalArgumentException("No crawl run " + run.id() + " was started");
      }
    }
  }

  List<CrawlRun> ofSource(Connection c, String source, int limit) throws SQLException {
    List<CrawlRun> runs = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT " + COLUMNS + " FROM crawl_runs WHERE source = ? ORDER BY id DESC LIMIT ?")) {
      ps.setString(1, source);
      ps.setInt(2, limit);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          runs.add(read(rs));
        }
      }
    }
    return runs;
  }

  int abandonUnfinished(Connection c, String reason, Instant at) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE crawl_runs SET status = ?, ended_at = ?, error = ? WHERE status = ?")) {
      ps.setString(1, CrawlStatus.ABANDONED.name());
      ps.setLong(2, at.toEpochMilli());
      ps.setString(3, reason);
      ps.setString(4, CrawlStatus.RUNNING.name());
      return ps.executeUpdate();
    }
  }

  Optional<String> fingerprint(Connection c, String source) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT fingerprint FROM source_state WHERE source = ?")) {
      ps.setString(1, source);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    }
  }

  void recordFingerprint(Connection c, String source, String fingerprint, long runId, Instant at)
      throws SQLException {
    if (fingerprint == null) {
      try (PreparedStatement ps = c.prepareStatement("DELETE FROM source_state WHERE source = ?")) {
        ps.setString(1, source);
        ps.executeUpdate();
      }
      return;
    }
    try (PreparedStatement ps =
        c.prepareStatement("INSERT OR REPLACE INTO source_state VALUES (?, ?, ?, ?)")) {
      ps.setString(1, source);
      ps.setString(2, fingerprint);
      ps.setLong(3, runId);
      ps.setLong(4, at.toEpochMilli());
      ps.executeUpdate();
    }
  }

  private CrawlRun read(ResultSet rs) throws SQLException {
    long ended = rs.getLong(5);
    boolean hasEnd = !rs.wasNull();
    String warnings = rs.getString(12);
    return new CrawlRun(
        rs.getLong(1),
        rs.getString(2),
        rs.getString(3),
        Instant.ofEpochMilli(rs.getLong(4)),
        hasEnd ? Instant.ofEpochMilli(ended) : null,
        CrawlStatus.valueOf(rs.getString(6)),
        new AssetCounts(rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10)),
        rs.getInt(11),
        warnings == null ? List.of() : issues(warnings),
        rs.getString(13),
        rs.getInt(14));
  }

  private List<RunIssue> issues(String json) {
    try {
      return codec.mapper().readValue(json, ISSUES);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException("Cannot read stored run warnings", e);
    }
  }
}
