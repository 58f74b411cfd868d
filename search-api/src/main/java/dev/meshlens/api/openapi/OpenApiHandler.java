package dev.meshlens.api.openapi;

import static io.javalin.apibuilder.ApiBuilder.get;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.meshlens.api.auth.Access;
import io.javalin.apibuilder.EndpointGroup;
import io.swagger.v3.core.util.Json31;
import java.util.Objects;

/**
 * {@code GET /openapi.json}: the OpenAPI 3.1 description of every route, built once from {@link
 * ApiRoutes} when the server starts. Read operations say a token is optional when anonymous reading
 * is on.
 */
public final class OpenApiHandler {
  private final String document;

  public OpenApiHandler(boolean anonymousRead) {
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

  public EndpointGroup routes() {
    return () ->
        get(
            "/openapi.json",
            ctx -> ctx.contentType("application/json").result(document),
            Access.OPEN);
  }
}
