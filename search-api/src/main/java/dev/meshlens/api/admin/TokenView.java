package dev.meshlens.api.admin;

import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.access.Token;
import java.time.Instant;
import java.util.List;

/** A token as the API shows it: never its secret, except once, in {@code secret}, when issued. */
record TokenView(
    long id,
    String name,
    String role,
    List<String> domains,
    Instant createdAt,
    Instant expiresAt,
    Instant revokedAt,
    String secret) {
  static TokenView of(Token t) {
    return withSecret(t, null);
  }

  static TokenView withSecret(Token t, String secret) {
    return new TokenView(
        t.id(),
        t.name(),
        t.role().code(),
        t.domains().stream().map(Urn::toString).toList(),
        t.createdAt(),
        t.expiresAt(),
        t.revokedAt(),
        secret);
  }
}
