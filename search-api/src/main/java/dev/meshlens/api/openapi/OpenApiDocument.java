package dev.meshlens.api.openapi;

import dev.meshlens.api.auth.Access;
import dev.meshlens.api.http.Problem;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Builds the OpenAPI 3.1 document from the route table. Besides what an entry says, every operation
 * gets: its path parameters (described once here, by name), the extension {@value #ACCESS} naming
 * the {@link Access} it requires, a bearer {@code security} requirement unless it is {@link
 * Access#OPEN} (with an empty alternative for {@link Access#READ} when anonymous reading is on),
 * and problem answers (RFC 9457, one shared schema) for the errors it implies: 400 when it takes
 * parameters or a body, 401 and 403 when it needs a token, 404 when its path names something, 413
 * and 415 when it takes a body, plus the entry's own, and {@code default} for anything else.
 */
final class OpenApiDocument {
  static final String ACCESS = "x-meshlens-access";
  static final String BEARER = "bearer";
  private static final String PROBLEM = "Problem";
  private static final Map<String, String> PATH_PARAMS =
      Map.of(
          "urn",
          "An asset URN (urn:meshlens:...), percent-encoded as one path segment: the '/' of its"
              + " namespace travel as %2F",
          "name",
          "A source's name, as the sources file gives it",
          "domain",
          "A domain's id (sales) or its URN",
          "id",
          "A token's id, as listed by GET /api/v1/tokens");
  private static final Map<Integer, String> PROBLEMS =
      Map.of(
          400, "Invalid input: a malformed or out-of-range parameter, URN or body",
          401, "No valid token: missing where one is needed, unknown or expired",
          403, "Forbidden: the token's role does not allow this (on /sparql: an update)",
          404, "Nothing there: an unknown asset, source, token or path",
          406, "None of the media types the request accepts is offered",
          409, "In conflict with what is going on (a crawl already running)",
          413, "The request body is larger than the server accepts",
          415, "The request body's media type is not one this route takes",
          503, "Out of time, or the catalog store is unavailable; try again");

  private OpenApiDocument() {}

  /** The document, and what in it could not be described well (none, normally). */
  record Built(OpenAPI api, List<String> problems) {
    Built {
      problems = List.copyOf(problems);
    }
  }

  static Built build(List<ApiRoute> routes, boolean anonymousRead, String version) {
    ComponentSchemas schemas = new ComponentSchemas();
    Components components = components(schemas);
    Paths paths = new Paths();
    Set<String> operationIds = new HashSet<>();
    for (ApiRoute route : routes) {
      Operation operation = operation(route, anonymousRead, schemas, components);
      if (!operationIds.add(operation.getOperationId())) {
        throw new IllegalStateException(
            "Two routes have the operation id " + operation.getOperationId());
      }
      PathItem item = paths.computeIfAbsent(route.openApiPath(), p -> new PathItem());
      PathItem.HttpMethod method = PathItem.HttpMethod.valueOf(route.method());
      if (item.readOperationsMap().containsKey(method)) {
        throw new IllegalStateException(
            "The table describes " + route.method() + " " + route.path() + " twice");
      }
      item.operation(method, operation);
    }
    schemas.all().forEach(components::addSchemas);
    OpenAPI api =
        new OpenAPI(SpecVersion.V31)
            .openapi("3.1.0")
            .info(info(version))
            .paths(paths)
            .components(components);
    return new Built(api, schemas.problems());
  }

  private static Info info(String version) {
    return new Info()
        .title("Meshlens API")
        .version(version)
        .description(
            "The metadata catalog and discovery search of a data mesh: search, asset profiles,"
                + " lineage, health scores, governance. Errors are RFC 9457 problem details"
                + " (application/problem+json). URNs in paths are percent-encoded as one segment."
                + " Each operation names the access it needs in "
                + ACCESS
                + " (OPEN, READ, EDIT, INGEST, GOVERN, ADMIN).");
  }

  /** The bearer scheme and the problem answered for any failure not listed. */
  private static Components components(ComponentSchemas schemas) {
    return new Components()
        .addSecuritySchemes(
            BEARER,
            new SecurityScheme()
                .type(SecurityScheme.Type.HTTP)
                .scheme("bearer")
                .description(
                    "An API token (created with the CLI or POST /api/v1/tokens) as"
                        + " 'Authorization: Bearer <token>'"))
        .addResponses(
            PROBLEM,
            problem(
                "Any other failure (500 internal error, 503 store unavailable), as a problem",
                schemas));
  }

  private static Operation operation(
      ApiRoute route, boolean anonymousRead, ComponentSchemas schemas, Components components) {
    Operation operation =
        new Operation()
            .operationId(route.operationId())
            .summary(route.summary())
            .description(route.description())
            .addTagsItem(route.tag());
    List<String> pathParams = route.pathParams();
    for (String name : pathParams) {
      String about = PATH_PARAMS.get(name);
      if (about == null) {
        throw new IllegalStateException(
            "No description of the path parameter '" + name + "' of " + route.path());
      }
      operation.addParametersItem(
          new Parameter()
              .in("path")
              .name(name)
              .required(true)
              .description(about)
              .schema(new StringSchema()));
    }
    route.query().forEach(p -> operation.addParametersItem(p.toParameter()));
    if (route.body() != null) {
      operation.requestBody(
          new RequestBody()
              .required(true)
              .description(route.body().description())
              .content(content(route.body().content(), schemas)));
    }
    operation.responses(responses(route, !pathParams.isEmpty(), schemas, components));
    operation.addExtension(ACCESS, route.access().name());
    if (route.access() != Access.OPEN) {
      operation.addSecurityItem(new SecurityRequirement().addList(BEARER));
      if (route.access() == Access.READ && anonymousRead) {
        operation.addSecurityItem(new SecurityRequirement());
      }
    }
    return operation;
  }

  private static ApiResponses responses(
      ApiRoute route, boolean namesSomething, ComponentSchemas schemas, Components components) {
    if (route.answers().isEmpty()) {
      throw new IllegalStateException(route.method() + " " + route.path() + " has no answer");
    }
    ApiResponses responses = new ApiResponses();
    for (ApiRoute.Answer answer : route.answers()) {
      ApiResponse response = new ApiResponse().description(answer.description());
      if (!answer.content().isEmpty()) {
        response.content(content(answer.content(), schemas));
      }
      responses.addApiResponse(Integer.toString(answer.status()), response);
    }
    for (int status : errors(route, namesSomething)) {
      String code = Integer.toString(status);
      if (!responses.containsKey(code)) {
        String name = PROBLEM + status;
        if (components.getResponses() == null || !components.getResponses().containsKey(name)) {
          components.addResponses(name, problem(PROBLEMS.get(status), schemas));
        }
        responses.addApiResponse(code, new ApiResponse().$ref(name));
      }
    }
    responses.addApiResponse("default", new ApiResponse().$ref(PROBLEM));
    return responses;
  }

  private static Set<Integer> errors(ApiRoute route, boolean namesSomething) {
    Set<Integer> errors = new TreeSet<>(route.errors());
    if (!route.query().isEmpty() || route.body() != null || namesSomething) {
      errors.add(400);
    }
    if (route.access() != Access.OPEN) {
      errors.add(401);
      errors.add(403);
    }
    if (namesSomething) {
      errors.add(404);
    }
    if (route.body() != null) {
      errors.add(413);
      errors.add(415);
    }
    for (int status : errors) {
      if (!PROBLEMS.containsKey(status)) {
        throw new IllegalStateException(
            route.path()
                + ": no description of the problem "
                + status
                + " (known: "
                + new TreeSet<>(PROBLEMS.keySet())
                + ")");
      }
    }
    return errors;
  }

  private static ApiResponse problem(String description, ComponentSchemas schemas) {
    return new ApiResponse()
        .description(description)
        .content(
            new Content()
                .addMediaType(
                    Problem.MEDIA_TYPE,
                    new MediaType().schema(Shape.of(Problem.class).resolve(schemas))));
  }

  private static Content content(Map<String, Shape> shapes, ComponentSchemas schemas) {
    Content content = new Content();
    shapes.forEach((type, shape) ->
        content.addMediaType(type, new MediaType().schema(shape.resolve(schemas))));
    return content;
  }
}
