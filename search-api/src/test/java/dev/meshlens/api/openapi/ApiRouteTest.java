package dev.meshlens.api.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meshlens.api.auth.Access;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ApiRouteTest {
  @ParameterizedTest
  @CsvSource({
    "GET, /api/v1/assets/<urn>, /api/v1/assets/{urn}, getAssetsByUrn, assets",
    "POST, /api/v1/sources/{name}/runs, /api/v1/sources/{name}/runs, postSourcesByNameRuns,"
        + " sources",
    "GET, /api/v1/lineage/impact, /api/v1/lineage/impact, getLineageImpact, lineage",
    "GET, /health/ready, /health/ready, getHealthReady, operations",
    "GET, /openapi.json, /openapi.json, getOpenapiJson, openapi",
    "POST, /sparql, /sparql, postSparql, sparql"
  })
  void a_route_is_named_and_grouped_by_its_path(
      String method, String path, String openApiPath, String operationId, String tag) {
    ApiRoute route =
        new ApiRoute(method, path, Access.READ, "s", null, List.of(), null, List.of(), Set.of());

    assertThat(route.openApiPath()).isEqualTo(openApiPath);
    assertThat(route.operationId()).isEqualTo(operationId);
    assertThat(route.tag()).isEqualTo(tag);
  }

  @Test
  void path_parameters_are_read_from_either_javalin_form() {
    assertThat(ApiRoute.get("/api/v1/products/<urn>/health", Access.READ, "s").pathParams())
        .containsExactly("urn");
    assertThat(ApiRoute.delete("/api/v1/tokens/{id}", Access.ADMIN, "s").pathParams())
        .containsExactly("id");
    assertThat(ApiRoute.get("/api/v1/search", Access.READ, "s").pathParams()).isEmpty();
  }

  @Test
  void an_unknown_method_is_refused() {
    assertThatThrownBy(() ->
            new ApiRoute(
                "FETCH", "/x", Access.OPEN, "s", null, List.of(), null, List.of(), Set.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("method must be one of")
        .hasMessageContaining("FETCH");
  }

  @Test
  void a_relative_path_is_refused() {
    assertThatThrownBy(() -> ApiRoute.get("api/v1/search", Access.READ, "s"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("path must start with '/', got 'api/v1/search'");
  }

  @Test
  void a_route_without_summary_is_refused() {
    assertThatThrownBy(() -> ApiRoute.get("/api/v1/search", Access.READ, " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("GET /api/v1/search needs a summary");
  }

  @Test
  void an_error_status_outside_4xx_and_5xx_is_refused() {
    assertThatThrownBy(() -> ApiRoute.get("/api/v1/search", Access.READ, "s").errors(302))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("GET /api/v1/search: an error status must be in [400, 599], got 302");
  }

  @Test
  void a_parameter_without_description_is_refused() {
    assertThatThrownBy(() -> Param.text("q", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Parameter 'q' needs a description");
  }
}
