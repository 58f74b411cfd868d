package dev.meshlens.catalog.sqlite;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import dev.meshlens.catalog.AspectVersion;
import dev.meshlens.catalog.Asset;
import dev.meshlens.catalog.AssetQuery;
import dev.meshlens.catalog.AssetSummary;
import dev.meshlens.catalog.ChangeLogEntry;
import dev.meshlens.catalog.ChangeOp;
import dev.meshlens.catalog.Page;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.json.AspectCodec;
import dev.meshlens.catalog.model.AspectKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The queries that read assets, their history and the change log, on a reader connection. */
final class AssetReader {
  private static final JsonStringEncoder JSON_STRINGS = JsonStringEncoder.getInstance();

  private final AspectCodec codec;

  AssetReader(AspectCodec codec) {
    this.codec = codec;
  }

  Optional<Asset> find(Connection c, Urn urn) throws SQLException {
    long id;
    boolean deleted;
    Instant created;
    Instant updated;
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT id, deleted, created_at, updated_at FROM assets WHERE urn = ?")) {
      ps.setString(1, urn.toString());
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        id = rs.getLong(1);
        deleted = rs.getInt(2) == 1;
        created = Instant.ofEpochMilli(rs.getLong(3));
        updated = Instant.ofEpochMilli(rs.getLong(4));
      }
    }
    List<AspectVersion> current = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT c.seq, c.aspect, s.name, c.version, c.op, c.value, c.at, c.actor"
                + " FROM aspects a JOIN change_log c ON c.seq = a.seq"
                + " JOIN sources s ON s.id = a.source"
                + " WHERE a.asset = ? AND a.live = 1")) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          current.add(version(urn, rs));
        }
      }
    }
    return Optional.of(new Asset(urn, deleted, created, updated, current));
  }

  /**
   * The assets among {@code urns} with their live aspects, in one query: the URNs go in as one JSON
   * array, joined to {@code assets} through its URN index.
   */
  Map<Urn, Asset> findAll(Connection c, Collection<Urn> urns) throws SQLException {
    Map<String, Urn> byText = new HashMap<>();
    StringBuilder array = new StringBuilder("[");
    for (Urn urn : urns) {
      String text = urn.toString();
      if (byText.putIfAbsent(text, urn) == null) {
        array.append(array.length() > 1 ? "," : "").append('"');
        JSON_STRINGS.quoteAsString(text, array);
        array.append('"');
      }
    }
    Map<Urn, Asset> assets = new LinkedHashMap<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT c.seq, c.aspect, s.name, c.version, c.op, c.value, c.at, c.actor,"
                + " x.id, x.urn, x.deleted, x.created_at, x.updated_at"
                + " FROM json_each(?) j JOIN assets x ON x.urn = j.value"
                + " LEFT JOIN aspects a ON a.asset = x.id AND a.live = 1"
                + " LEFT JOIN change_log c ON c.seq = a.seq"
                + " LEFT JOIN sources s ON s.id = a.source"
                + " ORDER BY x.id")) {
      ps.setString(1, array.append(']').toString());
      try (ResultSet rs = ps.executeQuery()) {
        Row row = null;
        List<AspectVersion> current = new ArrayList<>();
        while (rs.next()) {
          if (row == null || rs.getLong(9) != row.id()) {
            if (row != null) {
              assets.put(row.urn(), row.asset(current));
            }
            row = new Row(rs, byText.get(rs.getString(10)));
            current = new ArrayList<>();
          }
          if (rs.getString(5) != null) {
            current.add(version(row.urn(), rs));
          }
        }
        if (row != null) {
          assets.put(row.urn(), row.asset(current));
        }
      }
    }
    return assets;
  }

  /** An asset's own columns in a row of {@link #findAll}: id, then urn, deleted and times. */
  private record Row(long id, Urn urn, boolean deleted, long created, long updated) {
    Row(ResultSet rs, Urn urn) throws SQLException {
      this(rs.getLong(9), urn, rs.getInt(11) == 1, rs.getLong(12), rs.getLong(13));
    }

    Asset asset(List<AspectVersion> current) {
      return new Asset(
          urn, deleted, Instant.ofEpochMilli(created), Instant.ofEpochMilli(updated), current);
    }
  }

  List<AspectVersion> history(Connection c, Urn urn) throws SQLException {
    List<AspectVersion> versions = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT c.seq, c.aspect, s.name, c.version, c.op, c.value, c.at, c.actor"
                + " FROM change_log c JOIN sources s ON s.id = c.source"
                + " WHERE c.asset = (SELECT id FROM assets WHERE urn = ?) ORDER BY c.seq")) {
      ps.setString(1, urn.toString());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          versions.add(version(urn, rs));
        }
      }
    }
    return versions;
  }

  private AspectVersion version(Urn urn, ResultSet rs) throws SQLException {
    String aspect = rs.getString(2);
    AspectKind kind = aspect == null ? null : AspectKind.fromCode(aspect);
    String value = rs.getString(6);
    return new AspectVersion(
        rs.getLong(1),
        urn,
        kind,
        rs.getString(3),
        rs.getLong(4),
        ChangeOp.valueOf(rs.getString(5)),
        value == null || kind == null ? null : codec.fromJson(kind, value),
        Instant.ofEpochMilli(rs.getLong(7)),
        rs.getString(8));
  }

  Page<AssetSummary> list(Connection c, AssetQuery query) throws SQLException {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    List<String> args = new ArrayList<>();
    if (query.type() != null) {
      where.append(" AND type = ?");
      args.add(query.type().code());
    }
    if (query.domain() != null) {
      where.append(" AND domain = ?");
      args.add(query.domain().toString());
    }
    if (!query.includeDeleted()) {
      where.append(" AND deleted = 0");
    }
    long total;
    try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM assets" + where)) {
      bind(ps, args);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        total = rs.getLong(1);
      }
    }
    List<AssetSummary> items = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT urn, name, domain, product, deleted, updated_at FROM assets"
                + where
                + " ORDER BY id LIMIT ? OFFSET ?")) {
      bind(ps, args);
      ps.setInt(args.size() + 1, query.size());
      ps.setLong(args.size() + 2, query.offset());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          items.add(
              new AssetSummary(
                  Urn.parse(rs.getString(1)),
                  rs.getString(2),
                  urnOrNull(rs.getString(3)),
                  urnOrNull(rs.getString(4)),
                  rs.getInt(5) == 1,
                  Instant.ofEpochMilli(rs.getLong(6))));
        }
      }
    }
    return new Page<>(total, items);
  }

  List<ChangeLogEntry> changesSince(Connection c, long after, int limit) throws SQLException {
    List<ChangeLogEntry> entries = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT c.seq, a.urn, c.aspect, s.name, c.version, c.op, c.at, c.actor"
                + " FROM change_log c JOIN assets a ON a.id = c.asset"
                + " JOIN sources s ON s.id = c.source"
                + " WHERE c.seq > ? ORDER BY c.seq LIMIT ?")) {
      ps.setLong(1, after);
      ps.setInt(2, limit);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String aspect = rs.getString(3);
          entries.add(
              new ChangeLogEntry(
                  rs.getLong(1),
                  Urn.parse(rs.getString(2)),
                  aspect == null ? null : AspectKind.fromCode(aspect),
                  rs.getString(4),
                  rs.getLong(5),
                  ChangeOp.valueOf(rs.getString(6)),
                  Instant.ofEpochMilli(rs.getLong(7)),
                  rs.getString(8)));
        }
      }
    }
    return entries;
  }

  List<Urn> assetsStatedBy(Connection c, String source) throws SQLException {
    List<Urn> urns = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT DISTINCT x.urn FROM aspects a JOIN assets x ON x.id = a.asset"
                + " WHERE a.source = (SELECT id FROM sources WHERE name = ?) AND a.live = 1"
                + " ORDER BY x.urn")) {
      ps.setString(1, source);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          urns.add(Urn.parse(rs.getString(1)));
        }
      }
    }
    return urns;
  }

  static long scalar(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getLong(1) : 0;
      }
    }
  }

  private static void bind(PreparedStatement ps, List<String> args) throws SQLException {
    for (int i = 0; i < args.size(); i++) {
      ps.setString(i + 1, args.get(i));
    }
  }

  private static Urn urnOrNull(String text) {
    return text == null ? null : Urn.parse(text);
  }
}
