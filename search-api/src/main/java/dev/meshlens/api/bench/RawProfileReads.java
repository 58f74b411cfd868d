package dev.meshlens.api.bench;

import dev.meshlens.api.bench.ProfileLoad.Sample;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.profile.UsageDay;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The baseline of the profile benchmark: the SQL reads of the facts a dataset's profile shows, on
 * one raw JDBC connection, rows read as strings: the asset's live aspects and its product's, 90
 * days of usage per day and principal, the latest quality results, the latest runs of the jobs
 * producing it, its latest changes, the other datasets of its product, and the recent usage of its
 * top consumers. No lineage graph, no JSON decoding, no visibility, no HTTP.
 */
final class RawProfileReads implements AutoCloseable {
  private final Connection connection;
  private final PreparedStatement aspects;
  private final PreparedStatement product;
  private final PreparedStatement usage;
  private final PreparedStatement quality;
  private final PreparedStatement runs;
  private final PreparedStatement history;
  private final PreparedStatement members;
  private final PreparedStatement together;
  private final long today;

  RawProfileReads(Connection connection) throws SQLException {
    this.connection = connection;
    connection.setAutoCommit(false);
    aspects =
        connection.prepareStatement(
            "SELECT c.aspect, c.value FROM assets x JOIN aspects a ON a.asset = x.id AND a.live = 1"
                + " JOIN change_log c ON c.seq = a.seq WHERE x.urn = ?");
    product = connection.prepareStatement("SELECT product FROM assets WHERE urn = ?");
    usage =
        connection.prepareStatement(
            "SELECT day, principal_kind, principal, events FROM usage_daily"
                + " WHERE dataset = ? AND day >= ? AND day <= ? ORDER BY day DESC LIMIT 20000");
    quality =
        connection.prepareStatement(
            "SELECT value FROM quality_results WHERE dataset = ? ORDER BY time DESC LIMIT 500");
    runs =
        connection.prepareStatement(
            "SELECT value FROM runs WHERE job = ? ORDER BY started_at DESC LIMIT 10");
    history =
        connection.prepareStatement(
            "SELECT c.seq, c.aspect, c.value FROM change_log c"
                + " WHERE c.asset = (SELECT id FROM assets WHERE urn = ?)"
                + " ORDER BY c.seq DESC LIMIT 51");
    members =
        connection.prepareStatement(
            "SELECT urn FROM assets WHERE product = ? AND type = 'dataset' AND deleted = 0"
                + " ORDER BY id LIMIT 20");
    together =
        connection.prepareStatement(
            "SELECT dataset, events FROM usage_daily WHERE principal = ? AND day >= ?"
                + " ORDER BY day DESC LIMIT 500");
    try (PreparedStatement latest =
            connection.prepareStatement("SELECT max(time) FROM usage_events");
        ResultSet rs = latest.executeQuery()) {
      long time = rs.next() ? rs.getLong(1) : 0;
      today = UsageDay.dayOf(Instant.ofEpochMilli(time == 0 ? System.currentTimeMillis() : time));
    }
    connection.commit();
  }

  /** Reads the facts of one dataset's profile in one read transaction; returns the rows read. */
  int read(Sample sample) throws SQLException {
    String urn = sample.urn().toString();
    int rows = rows(aspects, urn);
    String productUrn = null;
    product.setString(1, urn);
    try (ResultSet rs = product.executeQuery()) {
      productUrn = rs.next() ? rs.getString(1) : null;
    }
    List<String> principals = new ArrayList<>();
    usage.setString(1, urn);
    usage.setLong(2, today - 89);
    usage.setLong(3, today);
    try (ResultSet rs = usage.executeQuery()) {
      while (rs.next()) {
        rows++;
        if (principals.size() < 5 && !principals.contains(rs.getString(3))) {
          principals.add(rs.getString(3));
        }
      }
    }
    rows += rows(quality, urn);
    for (Urn job : sample.producers().stream().limit(5).toList()) {
      rows += rows(runs, job.toString());
    }
    rows += rows(history, urn);
    if (productUrn != null) {
      rows += rows(aspects, productUrn) + rows(members, productUrn);
    }
    for (String principal : principals) {
      together.setString(1, principal);
      together.setLong(2, today - 89);
      try (ResultSet rs = together.executeQuery()) {
        while (rs.next()) {
          rows++;
        }
      }
    }
    connection.commit();
    return rows;
  }

  private static int rows(PreparedStatement ps, String key) throws SQLException {
    ps.setString(1, key);
    int rows = 0;
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        rows += rs.getString(1) == null ? 0 : 1;
      }
    }
    return rows;
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
