package dev.meshlens.api.openlineage;

import static io.javalin.apibuilder.ApiBuilder.post;

import dev.meshlens.api.auth.Access;
import dev.meshlens.api.ingest.JsonBody;
import io.javalin.apibuilder.EndpointGroup;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/**
 * {@code POST /api/v1/lineage}: one OpenLineage event, as Marquez takes it (and the OpenLineage
 * clients send it); 201 with no body once it is committed, 400 naming each schema violation of an
 * invalid event (nothing applied).
 */
public final class LineageHandler {
  private final LineagePush push;
  private final JsonBody body;

  public LineageHandler(LineagePush push, JsonBody body) {
    this.push = push;
    this.body = body;
  }

  public EndpointGroup routes() {
    return () -> post("/api/v1/lineage", this::push, Access.INGEST);
  }

  private void push(Context ctx) {
    push.accept(body.object(ctx, "one OpenLineage event"));
    ctx.status(HttpStatus.CREATED);
  }
}
