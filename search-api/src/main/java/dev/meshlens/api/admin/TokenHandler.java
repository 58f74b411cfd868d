package dev.meshlens.api.admin;

import static io.javalin.apibuilder.ApiBuilder.delete;
import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.post;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meshlens.api.auth.Access;
import dev.meshlens.api.auth.AuditTrail;
import dev.meshlens.api.ingest.JsonBody;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.access.AccessStore;
import dev.meshlens.catalog.access.IssuedToken;
import dev.meshlens.catalog.access.Role;
import dev.meshlens.catalog.access.Token;
import dev.meshlens.catalog.access.TokenLifetime;
import dev.meshlens.catalog.access.TokenRequest;
import io.javalin.apibuilder.EndpointGroup;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * API tokens, for admins: {@code POST /api/v1/tokens} issues one from {@code {name, role, domains?,
 * expiresIn? | expiresAt?}} and answers its secret (the only time it is shown), {@code GET
 * /api/v1/tokens} lists them, {@code DELETE /api/v1/tokens/{id}} revokes one.
 */
public final class TokenHandler {
  private static final Set<String> FIELDS =
      Set.of("name", "role", "domains", "expiresIn", "expiresAt");

  private final AccessStore store;
  private final JsonBody body;
  private final Clock clock;

  public TokenHandler(AccessStore store, JsonBody body, Clock clock) {
    this.store = store;
    this.body = body;
    this.clock = clock;
  }

  public EndpointGroup routes() {
    return () -> {
      post("/api/v1/tokens", this::create, Access.ADMIN);
      get("/api/v1/tokens", this::list, Access.ADMIN);
      delete("/api/v1/tokens/{id}", this::revoke, Access.ADMIN);
    };
  }

  private void create(Context ctx) {
    TokenRequest request = parse(body.object(ctx, "a token request {name, role, domains?}"));
    IssuedToken issued = store.createToken(request, clock.instant());
    AuditTrail.summary(
        ctx,
        "issued token "
            + issued.token().id()
            + " '"
            + request.name()
            + "' ("
            + request.role().code()
            + ")");
    ctx.status(HttpStatus.CREATED).json(TokenView.withSecret(issued.token(), issued.secret()));
  }

  private void list(Context ctx) {
    ctx.json(new TokenList(store.listTokens().stream().map(TokenView::of).toList()));
  }

  private void revoke(Context ctx) {
    long id;
    try {
      id = Long.parseLong(ctx.pathParam("id"));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "Path parameter 'id' must be a token id (a number), got '" + ctx.pathParam("id") + "'");
    }
    Token token = store.revokeToken(id, clock.instant());
    AuditTrail.summary(ctx, "revoked token " + id + " '" + token.name() + "'");
    ctx.json(TokenView.of(token));
  }

  private TokenRequest parse(JsonNode json) {
    for (Iterator<String> names = json.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!FIELDS.contains(name)) {
        throw new IllegalArgumentException(
            "Unknown field '" + name + "' (known: name, role, domains, expiresIn, expiresAt)");
      }
    }
    String name = text(json, "name");
    Role role = Role.parse(text(json, "role"));
    List<Urn> domains = new ArrayList<>();
    JsonNode list = json.get("domains");
    if (list != null && !list.isNull()) {
      if (!list.isArray()) {
        throw new IllegalArgumentException("domains must be an array of domain ids or URNs");
      }
      list.forEach(d -> {
        if (!d.isTextual()) {
          throw new IllegalArgumentException("domains must be an array of domain ids or URNs");
        }
        domains.add(TokenLifetime.domain(d.asText()));
      });
    }
    return new TokenRequest(name, role, domains, expiry(json));
  }

  private Instant expiry(JsonNode json) {
    if (json.hasNonNull("expiresIn") && json.hasNonNull("expiresAt")) {
      throw new IllegalArgumentException("give expiresIn or expiresAt, not both");
    }
    if (json.hasNonNull("expiresIn")) {
      return clock.instant().plus(TokenLifetime.parse(text(json, "expiresIn")));
    }
    if (json.hasNonNull("expiresAt")) {
      try {
        return Instant.parse(text(json, "expiresAt"));
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(
            "expiresAt must be an ISO-8601 instant such as 2027-01-31T00:00:00Z, got '"
                + json.get("expiresAt").asText()
                + "'",
            e);
      }
    }
    return null;
  }

  private static String text(JsonNode json, String field) {
    JsonNode value = json.get(field);
    if (value == null || !value.isTextual()) {
      throw new IllegalArgumentException(field + " must be a string");
    }
    return value.asText();
  }

  /** {@code GET /api/v1/tokens}. */
  record TokenList(List<TokenView> tokens) {}
}
