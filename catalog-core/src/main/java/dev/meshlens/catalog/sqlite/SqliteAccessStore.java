package dev.meshlens.catalog.sqlite;

import dev.meshlens.catalog.Page;
import dev.meshlens.catalog.access.AccessStore;
import dev.meshlens.catalog.access.AuditEntry;
import dev.meshlens.catalog.access.AuditQuery;
import dev.meshlens.catalog.access.IssuedToken;
import dev.meshlens.catalog.access.Token;
import dev.meshlens.catalog.access.TokenCheck;
import dev.meshlens.catalog.access.TokenNotFoundException;
import dev.meshlens.catalog.access.TokenRequest;
import dev.meshlens.catalog.access.TokenSecrets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * The SQLite implementation of {@link AccessStore}: tables {@code api_tokens}, {@code audit_log}.
 */
final class SqliteAccessStore implements AccessStore {
  private final Db db;

  SqliteAccessStore(Db db) {
    this.db = db;
  }

  @Override
  public IssuedToken createToken(TokenRequest request, Instant now) {
    String secret = TokenSecrets.generate();
    Instant created = now.truncatedTo(ChronoUnit.MILLIS);
    Instant expires =
        request.expiresAt() == null ? null : request.expiresAt().truncatedTo(ChronoUnit.MILLIS);
    long id =
        db.write(c -> AccessTokenTable.insert(c, request, TokenSecrets.hash(secret), created));
    Token token =
        new Token(id, request.name(), request.role(), request.domains(), created, expires, null);
    return new IssuedToken(token, secret);
  }

  @Override
  public List<Token> listTokens() {
    return db.read(AccessTokenTable::all);
  }

  @Override
  public Token revokeToken(long id, Instant now) {
    return db.write(c -> {
      Token token = AccessTokenTable.byId(c, id).orElseThrow(() -> new TokenNotFoundException(id));
      if (token.revokedAt() != null) {
        return token;
      }
      AccessTokenTable.revoke(c, id, now.truncatedTo(ChronoUnit.MILLIS));
      return AccessTokenTable.byId(c, id).orElseThrow();
    });
  }

  @Override
  public TokenCheck check(String secret, Instant now) {
    Optional<Token> found = db.read(c -> AccessTokenTable.byHash(c, TokenSecrets.hash(secret)));
    if (found.isEmpty()) {
      return new TokenCheck.Unknown();
    }
    Token token = found.get();
    if (token.revokedAt() != null) {
      return new TokenCheck.Revoked(token);
    }
    return token.expiredAt(now) ? new TokenCheck.Expired(token) : new TokenCheck.Valid(token);
  }

  @Override
  public AuditEntry record(AuditEntry entry) {
    long id = db.write(c -> AuditTable.insert(c, entry));
    return new AuditEntry(
        id,
        entry.at(),
        entry.actor(),
        entry.method(),
        entry.route(),
        entry.target(),
        entry.status(),
        entry.outcome(),
        entry.summary());
  }

  @Override
  public Page<AuditEntry> audit(AuditQuery query) {
    return db.read(c -> AuditTable.page(c, query));
  }

  static long lastId(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT last_insert_rowid()");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
