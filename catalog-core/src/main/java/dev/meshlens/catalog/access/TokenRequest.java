package dev.meshlens.catalog.access;

import dev.meshlens.catalog.EntityType;
import dev.meshlens.catalog.Urn;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A token to issue: the name of who or what holds it (also the actor its writes are recorded
 * under), its role, the domains an owner's token is scoped to (at least one for owners, none for
 * the other roles) and when it expires (null: never).
 */
public record TokenRequest(String name, Role role, List<Urn> domains, Instant expiresAt) {
  private static final Pattern NAME = Pattern.compile("^[\\p{L}\\p{N}][\\p{L}\\p{N} _.@+-]{0,99}$");

  public TokenRequest {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "Invalid token name '"
              + name
              + "': 1-100 letters, digits, spaces or _.@+- starting with a letter or digit");
    }
    if (role == null) {
      throw new IllegalArgumentException(
          "role must be set (reader, owner, steward, crawler, admin)");
    }
    domains = List.copyOf(domains == null ? List.of() : domains);
    for (Urn domain : domains) {
      if (domain.type() != EntityType.DOMAIN) {
        throw new IllegalArgumentException("domains must be domain URNs, got " + domain);
      }
    }
    if (role == Role.OWNER && domains.isEmpty()) {
      throw new IllegalArgumentException("an owner's token needs at least one domain");
    }
    if (role != Role.OWNER && !domains.isEmpty()) {
      throw new IllegalArgumentException(
          "only owners' tokens are scoped to domains; a " + role.code() + " has none");
    }
  }
}
