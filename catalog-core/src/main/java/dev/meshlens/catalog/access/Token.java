package dev.meshlens.catalog.access;

import dev.meshlens.catalog.Urn;
import java.time.Instant;
import java.util.List;

/**
 * An issued API token as the store keeps it (never its secret): its id, name, role, the domains an
 * owner's token is scoped to, when it was created, when it expires (null: never) and when it was
 * revoked (null: it was not).
 */
public record Token(
    long id,
    String name,
    Role role,
    List<Urn> domains,
    Instant createdAt,
    Instant expiresAt,
    Instant revokedAt) {
  public Token {
    if (name == null || role == null || createdAt == null) {
      throw new IllegalArgumentException("a token needs a name, a role and a creation time");
    }
    domains = List.copyOf(domains == null ? List.of() : domains);
  }

  /** Whether the token has expired at {@code now}. */
  public boolean expiredAt(Instant now) {
    return expiresAt != null && !now.isBefore(expiresAt);
  }
}
