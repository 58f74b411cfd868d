package dev.meshlens.api;

import dev.meshlens.catalog.access.Role;
import dev.meshlens.catalog.access.TokenRequest;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tokens for tests that exercise other things than access: an admin token of a running server (who
 * may do and see everything), issued once per server in its own catalog.
 */
public final class TestAuth {
  private static final Map<Meshlens, String> ADMINS = new ConcurrentHashMap<>();

  private TestAuth() {}

  /** The {@code Authorization} header value of an admin of this server. */
  public static String admin(Meshlens meshlens) {
    return ADMINS.computeIfAbsent(
        meshlens,
        m ->
            "Bearer "
                + m.store()
                    .access()
                    .createToken(
                        new TokenRequest("test-admin", Role.ADMIN, List.of(), null), Instant.now())
                    .secret());
  }

  /** A new token's secret for this server: a role for every domain, never expiring. */
  public static String token(Meshlens meshlens, String name, Role role) {
    return meshlens
        .store()
        .access()
        .createToken(new TokenRequest(name, role, List.of(), null), Instant.now())
        .secret();
  }

  /** The request as this server's admin, unless it already carries an Authorization header. */
  public static HttpRequest authorized(HttpRequest request, Meshlens meshlens) {
    if (request.headers().firstValue("Authorization").isPresent()) {
      return request;
    }
    return HttpRequest.newBuilder(request, (name, value) -> true)
        .header("Authorization", admin(meshlens))
        .build();
  }

  /** The request, sent as this server's admin. */
  public static HttpRequest.Builder asAdmin(HttpRequest.Builder request, Meshlens meshlens) {
    return request.header("Authorization", admin(meshlens));
  }
}
