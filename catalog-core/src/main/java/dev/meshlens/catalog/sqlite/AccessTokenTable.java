package dev.meshlens.catalog.sqlite;

import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.access.Role;
import dev.meshlens.catalog.access.Token;
import dev.meshlens.catalog.access.TokenRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Reads and writes {@code api_tokens}; secrets appear here only as their hashes. */
final class AccessTokenTable {
  private static final String COLUMNS =
      "id, name, role, domains, created_at, expires_at, revoked_at";

  private AccessTokenTable() {}

  static long insert(Connection c, TokenRequest request, String hash, Instant created)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO api_tokens (name, role, domains, secret_hash, created_at, expires_at)"
                + " VALUES (?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, request.name());
      ps.setString(2, request.role().name());
      ps.setString(3, String.join("\n", request.domains().stream().map(Urn::toString).toList()));
      ps.setString(4, hash);
      ps.setLong(5, created.toEpochMilli());
      if (request.expiresAt() == null) {
        ps.setNull(6, Types.INTEGER);
      } else {
        ps.setLong(6, request.expiresAt().toEpochMilli());
      }
      ps.executeUpdate();
    }
    return SqliteAccessStore.lastId(c);
  }

  static List<Token> all(Connection c) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT " + COLUMNS + " FROM api_tokens ORDER BY id")) {
      return read(ps);
    }
  }

  static Optional<Token> byId(Connection c, long id) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT " + COLUMNS + " FROM api_tokens WHERE id = ?")) {
      ps.setLong(1, id);
      return read(ps).stream().findFirst();
    }
  }

  static Optional<Token> byHash(Connection c, String hash) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT " + COLUMNS + " FROM api_tokens WHERE secret_hash = ?")) {
      ps.setString(1, hash);
      return read(ps).stream().findFirst();
    }
  }

  static void revoke(Connection c, long id, Instant at) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("UPDATE api_tokens SET revoked_at = ? WHERE id = ?")) {
      ps.setLong(1, at.toEpochMilli());
      ps.setLong(2, id);
      ps.executeUpdate();
    }
  }

  private static List<Token> read(PreparedStatement ps) throws SQLException {
    List<Token> tokens = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        String domains = rs.getString("domains");
        tokens.add(
            new Token(
                rs.getLong("id"),
                rs.getString("name"),
                Role.valueOf(rs.getString("role")),
                domains.isEmpty()
                    ? List.of()
                    : Arrays.stream(domains.split("\n")).map(Urn::parse).toList(),
                Instant.ofEpochMilli(rs.getLong("created_at")),
                instant(rs, "expires_at"),
                instant(rs, "revoked_at")));
      }
    }
    return tokens;
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    long millis = rs.getLong(column);
    return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
  }
}
