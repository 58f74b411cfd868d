package dev.meshlens.catalog.access;

import dev.meshlens.catalog.Page;
import java.time.Instant;
import java.util.List;

/** API tokens (stored hashed, with roles) and the audit log of every write and admin action. */
public interface AccessStore {

  /** Issues a token created at {@code now}; its secret is in the answer and nowhere else. */
  IssuedToken createToken(TokenRequest request, Instant now);

  /** Every token, revoked and expired ones too, oldest first. */
  List<Token> listTokens();

  /**
   * Revokes a token at {@code now} (revoking it again keeps the first time).
   *
   * @throws TokenNotFoundException when no token has this id
   */
  Token revokeToken(long id, Instant now);

  /** What the token with this secret is at {@code now}. */
  TokenCheck check(String secret, Instant now);

  /** Appends an entry to the audit log; returns it with its id. */
  AuditEntry record(AuditEntry entry);

  /** A page of the audit log, newest first. */
  Page<AuditEntry> audit(AuditQuery query);
}
