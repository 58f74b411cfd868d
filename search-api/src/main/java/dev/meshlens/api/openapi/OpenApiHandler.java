package dev.meshlens.api.openapi;

import static io.javalin.apibuilder.ApiBuilder.get;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.meshlens.api.auth.Access;
import io.javalin.apibuilder.EndpointGroup;
import io.javalin.http.Context;
import io.swagger.v3.core.util.Json31;
import java.util.Objects;

/**
 * {@code GET /openapi.json}: the OpenAPI 3.1 description of every route, built from {@link
 * ApiRoutes} when it is first asked for (building it takes a few hundred milliseconds, more in a
 * cold JVM, which a server start should not pay) and kept. Read operations say a token is optional
 * when anonymous reading is on.
 */
public final class OpenApiHandler {
  private final boolean anonymousRead;
  private String document;

  public OpenApiHandler(boolean anonymousRead) {
    this.anonymousRead = anonymousRead;
  }

  public EndpointGroup routes() {
    return () -> get("/openapi.json", this::serve, Access.OPEN);
  }

  private void serve(Context ctx) {
    ctx.contentType("application/json").result(document());
  }

  private synchronized String document() {
    if (document == null) {
      String version =
          Objects.requireNonNullElse(
              OpenApiHandler.class.getPackage().getImplementationVersion(), "development");
      OpenApiDocument.Built built = OpenApiDocument.build(ApiRoutes.ALL, anonymousRead, version);
      try {
        document = Json31.mapper().writeValueAsString(built.api());
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("Cannot write the OpenAPI document", e);
      }
    }
    return document;
  }
}
