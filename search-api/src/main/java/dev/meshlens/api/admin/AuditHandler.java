package dev.meshlens.api.admin;

import static io.javalin.apibuilder.ApiBuilder.get;

import dev.meshlens.api.auth.Access;
import dev.meshlens.api.http.Params;
import dev.meshlens.catalog.Page;
import dev.meshlens.catalog.access.AccessStore;
import dev.meshlens.catalog.access.AuditEntry;
import dev.meshlens.catalog.access.AuditQuery;
import io.javalin.apibuilder.EndpointGroup;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * {@code GET /api/v1/audit?since=&actor=&page=&size=}, for stewards: the audit log, newest first
 * ({@code {total, items:[{id, at, actor, method, route, target, status, outcome, summary}]}}).
 */
public final class AuditHandler {
  private final AccessStore store;

  public AuditHandler(AccessStore store) {
    this.store = store;
  }

  public EndpointGroup routes() {
    return () -> get("/api/v1/audit", this::audit, Access.GOVERN);
  }

  private void audit(Context ctx) {
    AuditQuery query =
        new AuditQuery(
            since(ctx.queryParam("since")),
            blankToNull(ctx.queryParam("actor")),
            Params.intIn(ctx, "page", 1, 1, 1_000_000),
            Params.intIn(ctx, "size", 50, 1, AuditQuery.MAX_SIZE));
    Page<AuditEntry> page = store.audit(query);
    ctx.json(page);
  }

  private static Instant since(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(text.trim());
    } catch (DateTimeParseException e) {
      throw new Params.BadParameterException(
          "since", "must be an ISO-8601 instant such as 2026-11-21T00:00:00Z, got '" + text + "'");
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }
}
