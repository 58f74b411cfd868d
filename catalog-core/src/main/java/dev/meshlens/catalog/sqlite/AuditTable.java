package dev.meshlens.catalog.sqlite;

import dev.meshlens.catalog.Page;
import dev.meshlens.catalog.access.AuditEntry;
import dev.meshlens.catalog.access.AuditQuery;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Appends to and pages through {@code audit_log}. */
final class AuditTable {
  private AuditTable() {}

  static long insert(Connection c, AuditEntry e) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO audit_log (at, actor, method, route, target, status, outcome, summary)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setLong(1, e.at().toEpochMilli());
      ps.setString(2, e.actor());
      ps.setString(3, e.method());
      ps.setString(4, e.route());
      ps.setString(5, e.target());
      ps.setInt(6, e.status());
      ps.setString(7, e.outcome());
      ps.setString(8, e.summary());
      ps.executeUpdate();
    }
    return SqliteAccessStore.lastId(c);
  }

  static Page<AuditEntry> page(Connection c, AuditQuery q) throws SQLException {
    String where = " WHERE (? IS NULL OR at >= ?) AND (? IS NULL OR actor = ?)";
    long total;
    try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM audit_log" + where)) {
      bind(ps, q);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        total = rs.getLong(1);
      }
    }
    List<AuditEntry> items = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT id, at, actor, method, route, target, status, outcome, summary FROM audit_log"
                + where
                + " ORDER BY id DESC LIMIT ? OFFSET ?")) {
      bind(ps, q);
      ps.setInt(5, q.size());
      ps.setLong(6, (long) (q.page() - 1) * q.size());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          items.add(
              new AuditEntry(
                  rs.getLong("id"),
                  Instant.ofEpochMilli(rs.getLong("at")),
                  rs.getString("actor"),
                  rs.getString("method"),
                  rs.getString("route"),
                  rs.getString("target"),
                  rs.getInt("status"),
                  rs.getString("outcome"),
                  rs.getString("summary")));
        }
      }
    }
    return new Page<>(total, items);
  }

  private static void bind(PreparedStatement ps, AuditQuery q) throws SQLException {
    Long since = q.since() == null ? null : q.since().toEpochMilli();
    ps.setObject(1, since);
    ps.setObject(2, since);
    ps.setString(3, q.actor());
    ps.setString(4, q.actor());
  }
}
