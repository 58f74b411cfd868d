package dev.meshlens.catalog.sqlite;

import dev.meshlens.catalog.AspectVersion;
import dev.meshlens.catalog.AssetSummary;
import dev.meshlens.catalog.ChangeOp;
import dev.meshlens.catalog.EntityType;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.json.AspectCodec;
import dev.meshlens.catalog.model.AspectKind;
import dev.meshlens.catalog.profile.ProfileFacts.Members;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The asset reads of profiles: members of a product or domain, counts, recent history. */
final class ProfileAssetQueries {
  private final AspectCodec codec;

  ProfileAssetQueries(AspectCodec codec) {
    this.codec = codec;
  }

  Members members(Connection c, Urn owner, EntityType type, int limit) throws SQLException {
    String column = owner.type() == EntityType.PRODUCT ? "product" : "domain";
    String where = " FROM assets WHERE " + column + " = ? AND type = ? AND deleted = 0";
    long total = AssetReader.scalar(c, "SELECT count(*)" + where, owner.toString(), type.code());
    List<AssetSummary> items = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT urn, name, domain, product, updated_at" + where + " ORDER BY id LIMIT ?")) {
      ps.setString(1, owner.toString());
      ps.setString(2, type.code());
      ps.setInt(3, limit);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          items.add(
              new AssetSummary(
                  Urn.parse(rs.getString(1)),
                  rs.getString(2),
                  urnOrNull(rs.getString(3)),
                  urnOrNull(rs.getString(4)),
                  false,
                  Instant.ofEpochMilli(rs.getLong(5))));
        }
      }
    }
    return new Members(total, items);
  }

  Map<String, Long> countsByType(Connection c, Urn domain) throws SQLException {
    Map<String, Long> counts = new TreeMap<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT type, count(*) FROM assets WHERE domain = ? AND deleted = 0 GROUP BY type")) {
      ps.setString(1, domain.toString());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          counts.put(rs.getString(1), rs.getLong(2));
        }
      }
    }
    return counts;
  }

  List<AspectVersion> recentHistory(Connection c, Urn urn, int limit) throws SQLException {
    List<AspectVersion> versions = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT c.seq, c.aspect, s.name, c.version, c.op, c.value, c.at, c.actor"
                + " FROM change_log c JOIN sources s ON s.id = c.source"
                + " WHERE c.asset = (SELECT id FROM assets WHERE urn = ?)"
                + " ORDER BY c.seq DESC LIMIT ?")) {
      ps.setString(1, urn.toString());
      ps.setInt(2, limit);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String aspect = rs.getString(2);
          AspectKind kind = aspect == null ? null : AspectKind.fromCode(aspect);
          String value = rs.getString(6);
          versions.add(
              new AspectVersion(
                  rs.getLong(1),
                  urn,
                  kind,
                  rs.getString(3),
                  rs.getLong(4),
                  ChangeOp.valueOf(rs.getString(5)),
                  value == null || kind == null ? null : codec.fromJson(kind, value),
                  Instant.ofEpochMilli(rs.getLong(7)),
                  rs.getString(8)));
        }
      }
    }
    return versions;
  }

  private static Urn urnOrNull(String text) {
    return text == null ? null : Urn.parse(text);
  }
}
