package dev.meshlens.api.auth;

import dev.meshlens.api.auth.UnauthenticatedException.Reason;
import dev.meshlens.catalog.access.AccessStore;
import dev.meshlens.catalog.access.Token;
import dev.meshlens.catalog.access.TokenCheck;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.security.RouteRole;
import java.time.Clock;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The access check of every matched route, before its handler: reads {@code Authorization: Bearer
 * <token>}, checks the token against the store, and lets the request through when the route's
 * {@link Access} level allows the caller; else 401 (no usable token: missing, unknown, expired,
 * revoked) or 403 (a valid token without the right). A presented token that is not valid is refused
 * even where no token is needed: a caller is never silently downgraded to anonymous. A route
 * without an access level is refused to everyone (deny by default). The web UI's static files,
 * which are no route, are open.
 */
public final class AccessGate {
  private static final Logger LOG = LoggerFactory.getLogger(AccessGate.class);
  private static final String BEARER = "bearer ";

  private final AccessStore store;
  private final boolean anonymousRead;
  private final Clock clock;

  public AccessGate(AccessStore store, boolean anonymousRead, Clock clock) {
    this.store = store;
    this.anonymousRead = anonymousRead;
    this.clock = clock;
  }

  /** Installs the check before, and the audit after, every matched route. */
  public void register(JavalinConfig config) {
    config.routes.beforeMatched(this::check);
    config.routes.afterMatched(new AuditTrail(store, clock)::record);
  }

  void check(Context ctx) {
    if (ctx.endpoints().matchedHttpEndpoint() == null) {
      return; // no route: the web UI's static files, open to anyone
    }
    Access access = declared(ctx);
    String secret = bearer(ctx);
    if (secret == null) {
      if (access == Access.OPEN || (access == Access.READ && anonymousRead)) {
        ctx.attribute(Caller.ATTRIBUTE, Caller.anonymous());
        return;
      }
      throw new UnauthenticatedException(
          Reason.MISSING,
          access == Access.READ
              ? "This server needs a token to read: send Authorization: Bearer <token>"
              : "This route needs a token: send Authorization: Bearer <token>");
    }
    Token token = valid(store.check(secret, clock.instant()));
    Caller caller = Caller.holding(token);
    ctx.attribute(Caller.ATTRIBUTE, caller);
    if (!access.permits(token.role())) {
      throw new ForbiddenException(
          "A "
              + token.role().code()
              + "'s token may not use "
              + ctx.method()
              + " "
              + ctx.endpoints().matchedHttpEndpoint().path
              + " (it needs "
              + access.name().toLowerCase(Locale.ROOT)
              + " access)");
    }
  }

  private static Access declared(Context ctx) {
    Set<RouteRole> roles = ctx.routeRoles();
    if (roles.size() == 1 && roles.iterator().next() instanceof Access access) {
      return access;
    }
    LOG.error(
        "Route {} {} declares no single access level ({}); refused",
        ctx.method(),
        ctx.endpoints().matchedHttpEndpoint().path,
        roles);
    throw new ForbiddenException("This route declares no access level, so nobody may use it");
  }

  /** The bearer token's secret, null when there is no Authorization header. */
  private static String bearer(Context ctx) {
    String header = ctx.header(Header.AUTHORIZATION);
    if (header == null) {
      return null;
    }
    String trimmed = header.trim();
    if (!trimmed.toLowerCase(Locale.ROOT).startsWith(BEARER)
        || trimmed.substring(BEARER.length()).isBlank()) {
      throw new UnauthenticatedException(
          Reason.MALFORMED, "The Authorization header must be 'Bearer <token>'");
    }
    return trimmed.substring(BEARER.length()).trim();
  }

  private static Token valid(TokenCheck check) {
    return switch (check) {
      case TokenCheck.Valid v -> v.token();
      case TokenCheck.Expired e ->
          throw new UnauthenticatedException(
              Reason.EXPIRED,
              "The token '" + e.token().name() + "' expired at " + e.token().expiresAt());
      case TokenCheck.Revoked r ->
          throw new UnauthenticatedException(
              Reason.REVOKED,
              "The token '" + r.token().name() + "' was revoked at " + r.token().revokedAt());
      case TokenCheck.Unknown u ->
          throw new UnauthenticatedException(Reason.UNKNOWN, "The token is not known here");
    };
  }
}
