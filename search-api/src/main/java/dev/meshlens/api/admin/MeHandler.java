package dev.meshlens.api.admin;

import static io.javalin.apibuilder.ApiBuilder.get;

import dev.meshlens.api.auth.Access;
import dev.meshlens.api.auth.Caller;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.access.Token;
import io.javalin.apibuilder.EndpointGroup;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;

/**
 * {@code GET /api/v1/me}: who the caller is (open to anyone): anonymous, or a token's name, role,
 * domains and expiry, and whether they may read without a token. The UI shows it and hides what the
 * caller may not do.
 */
public final class MeHandler {
  private final boolean anonymousRead;

  public MeHandler(boolean anonymousRead) {
    this.anonymousRead = anonymousRead;
  }

  public EndpointGroup routes() {
    return () -> get("/api/v1/me", this::me, Access.OPEN);
  }

  private void me(Context ctx) {
    Caller caller = Caller.of(ctx);
    ctx.json(
        new Me(
            caller.token().isEmpty(),
            caller.name(),
            caller.role().map(r -> r.code()).orElse(null),
            caller.domains().stream().map(Urn::toString).toList(),
            caller.token().map(Token::expiresAt).orElse(null),
            caller.token().isPresent() || anonymousRead));
  }

  /** The answer: {@code canRead} says whether catalog reads will be answered. */
  record Me(
      boolean anonymous,
      String name,
      String role,
      List<String> domains,
      Instant expiresAt,
      boolean canRead) {}
}
