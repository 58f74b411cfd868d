package dev.meshlens.api.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.meshlens.api.Meshlens;
import dev.meshlens.api.RouteAccess;
import dev.meshlens.api.ServerConfig;
import dev.meshlens.api.auth.Access;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code GET /openapi.json} from a real server over real HTTP, parsed by swagger-parser, and
 * compared with the routes Javalin actually registered.
 */
class OpenApiTest {
  @TempDir Path dir;
  Meshlens meshlens;
  final HttpClient http = HttpClient.newHttpClient();

  @AfterEach
  void stop() {
    if (meshlens != null) {
      meshlens.close();
    }
  }

  Meshlens start(boolean anonymousRead) {
    meshlens =
        Meshlens.start(
            ServerConfig.defaults()
                .withPort(0)
                .withDataDir(dir)
                .withSampleMesh(false)
                .withAnonymousRead(anonymousRead));
    return meshlens;
  }

  HttpResponse<String> fetch(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(meshlens.url() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** The served document, parsed; fails on any message of the parser. */
  OpenAPI document() throws Exception {
    HttpResponse<String> response = fetch("/openapi.json");
    assertThat(response.statusCode()).isEqualTo(200);
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(response.body(), null, options);
    assertThat(parsed.getMessages()).as("messages of the OpenAPI parser").isEmpty();
    return parsed.getOpenAPI();
  }

  /** Every operation of the document, by "METHOD /path". */
  static Map<String, Operation> operations(OpenAPI api) {
    Map<String, Operation> all = new TreeMap<>();
    api.getPaths()
        .forEach((path, item) ->
            item.readOperationsMap()
                .forEach((method, operation) -> all.put(method + " " + path, operation)));
    return all;
  }

  /** Every route Javalin registered, by "METHOD /path" with {@code <p>} written {@code {p}}. */
  Set<String> registered() {
    return meshlens.routes().stream()
        .map(route -> key(route.route()))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  static String key(String route) {
    return route.replace('<', '{').replace('>', '}');
  }

  @Test
  void the_served_document_is_valid_openapi_3_1() throws Exception {
    start(true);

    HttpResponse<String> response = fetch("/openapi.json");
    OpenAPI api = document();

    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    JsonNode raw = new ObjectMapper().readTree(response.body());
    assertThat(raw.path("openapi").asText()).isEqualTo("3.1.0");
    assertThat(api.getInfo().getTitle()).isEqualTo("Meshlens API");
    assertThat(api.getComponents().getSecuritySchemes()).containsKey("bearer");
    assertThat(api.getComponents().getSchemas()).containsKeys("Problem", "SearchView", "Batch");
  }

  @Test
  void every_registered_route_is_documented() throws Exception {
    start(true);
    Set<String> documented = operations(document()).keySet();

    Set<String> undocumented = new TreeSet<>(registered());
    undocumented.removeAll(documented);

    assertThat(registered()).as("routes Javalin registered").isNotEmpty();
    assertThat(undocumented)
        .as("registered routes missing from /openapi.json (add them to ApiRoutes.ALL)")
        .isEmpty();
  }

  @Test
  void every_documented_route_is_registered() throws Exception {
    start(true);
    Set<String> unregistered = new TreeSet<>(operations(document()).keySet());
    unregistered.removeAll(registered());

    assertThat(unregistered)
        .as("routes /openapi.json describes that the server does not register")
        .isEmpty();
  }

  @Test
  void each_operation_names_its_access_and_asks_a_token_unless_open() throws Exception {
    start(true);

    operations(document())
        .forEach((route, operation) -> {
          String access = (String) operation.getExtensions().get("x-meshlens-access");
          assertThat(Access.valueOf(access)).as(route).isNotNull();
          if (access.equals("OPEN")) {
            assertThat(operation.getSecurity()).as(route).isNullOrEmpty();
          } else {
            assertThat(operation.getSecurity().getFirst()).as(route).containsKey("bearer");
            assertThat(operation.getResponses()).as(route).containsKeys("401", "403");
          }
          boolean optional =
              operation.getSecurity() != null
                  && operation.getSecurity().stream().anyMatch(Map::isEmpty);
          assertThat(optional)
              .as("%s: a token is optional only for reading, with anonymous reading on", route)
              .isEqualTo(access.equals("READ"));
        });
    assertThat(operations(document()).get("GET /openapi.json").getExtensions())
        .containsEntry("x-meshlens-access", "OPEN");
    assertThat(operations(document()).get("POST /api/v1/ingest").getExtensions())
        .containsEntry("x-meshlens-access", "INGEST");
  }

  @Test
  void with_anonymous_reading_off_reading_needs_a_token() throws Exception {
    start(false);

    Operation search = operations(document()).get("GET /api/v1/search");

    assertThat(search.getSecurity()).hasSize(1);
    assertThat(search.getSecurity().getFirst()).containsOnlyKeys("bearer");
  }

  @Test
  void a_route_registered_with_a_role_is_documented_with_that_access() throws Exception {
    start(true);
    Map<String, Operation> operations = operations(document());

    for (RouteAccess route : meshlens.routes()) {
      Operation operation = operations.get(key(route.route()));
      if (route.access().isEmpty() || operation == null) {
        continue; // no role declared (yet), or undocumented (the test above says so)
      }
      assertThat(route.access())
          .as("the roles %s is registered with", route.route())
          .containsExactly((String) operation.getExtensions().get("x-meshlens-access"));
    }
    assertThat(
            meshlens.routes().stream()
                .filter(r -> r.route().equals("GET /openapi.json"))
                .findFirst()
                .orElseThrow()
                .access())
        .containsExactly(Access.OPEN.name());
  }

  @Test
  void errors_are_rfc_9457_problems_of_one_shared_schema() throws Exception {
    start(true);
    OpenAPI api = document();

    operations(api)
        .forEach((route, operation) ->
            operation
                .getResponses()
                .forEach((status, response) -> {
                  if (status.equals("default") || isProblem(status, response)) {
                    ApiResponse problem = resolve(api, response);
                    assertThat(problem.getContent())
                        .as(route + " " + status)
                        .containsOnlyKeys("application/problem+json");
                    assertThat(
                            problem
                                .getContent()
                                .get("application/problem+json")
                                .getSchema()
                                .get$ref())
                        .isEqualTo("#/components/schemas/Problem");
                  }
                }));
    Schema<?> problem = api.getComponents().getSchemas().get("Problem");
    assertThat(problem.getProperties())
        .containsKeys("type", "title", "status", "detail", "instance", "errors");
    Operation asset = operations(api).get("GET /api/v1/assets/{urn}");
    assertThat(asset.getResponses()).containsKeys("200", "400", "404", "default");
  }

  @Test
  void an_asset_urn_is_a_path_parameter_said_to_be_percent_encoded() throws Exception {
    start(true);

    Operation asset = operations(document()).get("GET /api/v1/assets/{urn}");

    Parameter urn = asset.getParameters().getFirst();
    assertThat(urn.getIn()).isEqualTo("path");
    assertThat(urn.getName()).isEqualTo("urn");
    assertThat(urn.getRequired()).isTrue();
    assertThat(urn.getDescription()).contains("percent-encoded");
  }

  @Test
  void query_parameters_state_their_ranges_and_defaults() throws Exception {
    start(true);

    Operation search = operations(document()).get("GET /api/v1/search");

    Parameter size =
        search.getParameters().stream().filter(p -> p.getName().equals("size")).findFirst().get();
    assertThat(size.getIn()).isEqualTo("query");
    assertThat(size.getSchema().getMinimum()).isEqualByComparingTo("1");
    assertThat(size.getSchema().getMaximum()).isEqualByComparingTo("100");
    assertThat(search.getParameters())
        .extracting(Parameter::getName)
        .contains("q", "page", "explain", "type", "domain", "owner", "tag", "classification");
  }

  @Test
  void every_shape_the_table_names_is_described_under_a_name_of_its_own() {
    OpenApiDocument.Built built = OpenApiDocument.build(ApiRoutes.ALL, true, "test");

    assertThat(built.problems())
        .as("records named in ApiRoutes that no longer load, or two schemas under one name")
        .isEmpty();
  }

  @Test
  void the_parser_does_report_a_broken_document() {
    String broken =
        """
        {"openapi": "3.1.0", "info": {"title": "t", "version": "1"},
         "paths": {"/x/{id}": {"get": {"responses": {"200": {"description": "ok"}}}}}}
        """;

    SwaggerParseResult parsed =
        new OpenAPIV3Parser().readContents(broken, null, new ParseOptions());

    assertThat(parsed.getMessages())
        .as("the check above is only worth something if the parser speaks up")
        .anySatisfy(message -> assertThat(message).contains("id"));
  }

  /** An error answer by reference (an error answered with a body of its own is not one). */
  private static boolean isProblem(String status, ApiResponse response) {
    return response.get$ref() != null && (status.startsWith("4") || status.startsWith("5"));
  }

  private static ApiResponse resolve(OpenAPI api, ApiResponse response) {
    if (response.get$ref() == null) {
      return response;
    }
    String name = response.get$ref().substring(response.get$ref().lastIndexOf('/') + 1);
    return api.getComponents().getResponses().get(name);
  }
}
