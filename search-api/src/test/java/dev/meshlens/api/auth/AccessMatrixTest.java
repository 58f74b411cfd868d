package dev.meshlens.api.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshlens.api.RouteAccess;
import dev.meshlens.api.auth.AccessFixture.Who;
import dev.meshlens.catalog.access.Role;
import dev.meshlens.catalog.access.TokenRequest;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every registered route against every kind of caller, on a real server: the route's declared
 * access level is the one expected here (a new route without a row, or a route without a level,
 * fails), and each caller gets the status the level implies.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest {
  static final String ORDERS = AccessFixture.ORDERS.toPathSegment();
  static final String OL_EVENT =
      """
      {"eventType": "COMPLETE", "eventTime": "2026-11-20T10:00:00Z",
       "run": {"runId": "0193f1a2-7c4e-7b1a-9f00-000000000001"},
       "job": {"namespace": "airflow", "name": "matrix_job"},
       "inputs": [], "outputs": [],
       "producer": "https://example.com/matrix",
       "schemaURL": "https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent"}
      """;

  /** One route: its expected level, a request to send, and the status when the caller may. */
  record Probe(String route, String access, String method, String path, String body, int allowed) {}

  @TempDir static Path dir;
  AccessFixture open;
  long throwaway;

  @BeforeAll
  void start() throws Exception {
    open = AccessFixture.start(dir.resolve("open"), true);
    throwaway =
        open.meshlens
            .store()
            .access()
            .createToken(new TokenRequest("throwaway", Role.READER, List.of(), null), Instant.now())
            .token()
            .id();
  }

  @AfterAll
  void stop() {
    open.close();
  }

  List<Probe> probes() {
    String q = URLEncoder.encode(AccessFixture.ORDERS.toString(), StandardCharsets.UTF_8);
    String to = URLEncoder.encode(AccessFixture.REVENUE.toString(), StandardCharsets.UTF_8);
    String sparql = URLEncoder.encode("ASK { ?s ?p ?o }", StandardCharsets.UTF_8);
    return List.of(
        new Probe("GET /health", "OPEN", "GET", "/health", null, 200),
        new Probe("GET /health/ready", "OPEN", "GET", "/health/ready", null, 200),
        new Probe("GET /health/live", "OPEN", "GET", "/health/live", null, 200),
        new Probe("GET /api/v1/me", "OPEN", "GET", "/api/v1/me", null, 200),
        new Probe("GET /api/v1/search", "READ", "GET", "/api/v1/search?q=orders", null, 200),
        new Probe("GET /api/v1/suggest", "READ", "GET", "/api/v1/suggest?q=ord", null, 200),
        new Probe("GET /api/v1/assets", "READ", "GET", "/api/v1/assets", null, 200),
        new Probe("GET /api/v1/assets/<urn>", "READ", "GET", "/api/v1/assets/" + ORDERS, null, 200),
        new Probe(
            "PATCH /api/v1/assets/<urn>",
            "EDIT",
            "PATCH",
            "/api/v1/assets/" + ORDERS,
            "{\"tags\": [\"matrix\"]}",
            200),
        new Probe("GET /api/v1/lineage", "READ", "GET", "/api/v1/lineage?urn=" + q, null, 200),
        new Probe(
            "GET /api/v1/lineage/impact",
            "READ",
            "GET",
            "/api/v1/lineage/impact?urn=" + q,
            null,
            200),
        new Probe(
            "GET /api/v1/lineage/path",
            "READ",
            "GET",
            "/api/v1/lineage/path?from=" + q + "&to=" + to,
            null,
            200),
        new Probe("POST /api/v1/lineage", "INGEST", "POST", "/api/v1/lineage", OL_EVENT, 201),
        new Probe(
            "POST /api/v1/ingest",
            "INGEST",
            "POST",
            "/api/v1/ingest",
            "{\"source\": \"push:m\"}",
            201),
        new Probe("GET /api/v1/export/dcat", "READ", "GET", "/api/v1/export/dcat", null, 200),
        new Probe("GET /api/v1/sources", "READ", "GET", "/api/v1/sources", null, 200),
        new Probe(
            "GET /api/v1/sources/{name}/runs",
            "READ",
            "GET",
            "/api/v1/sources/shop/runs",
            null,
            200),
        new Probe(
            "POST /api/v1/sources/{name}/runs",
            "ADMIN",
            "POST",
            "/api/v1/sources/shop/runs",
            null,
            202),
        new Probe(
            "POST /api/v1/tokens",
            "ADMIN",
            "POST",
            "/api/v1/tokens",
            "{\"name\": \"made\", \"role\": \"reader\"}",
            201),
        new Probe("GET /api/v1/tokens", "ADMIN", "GET", "/api/v1/tokens", null, 200),
        new Probe(
            "DELETE /api/v1/tokens/{id}",
            "ADMIN",
            "DELETE",
            "/api/v1/tokens/" + throwaway,
            null,
            200),
        new Probe("GET /api/v1/audit", "GOVERN", "GET", "/api/v1/audit", null, 200),
        new Probe("GET /openapi.json", "OPEN", "GET", "/openapi.json", null, 200),
        new Probe("GET /api/v1/products", "READ", "GET", "/api/v1/products?sort=health", null, 200),
        new Probe(
            "GET /api/v1/products/<urn>/health",
            "READ",
            "GET",
            "/api/v1/products/" + AccessFixture.PRODUCT.toPathSegment() + "/health",
            null,
            200),
        new Probe("GET /api/v1/domains", "READ", "GET", "/api/v1/domains", null, 200),
        new Probe(
            "GET /api/v1/domains/<domain>/health",
            "READ",
            "GET",
            "/api/v1/domains/sales/health",
            null,
            200),
        new Probe(
            "POST /api/v1/health/recompute",
            "ADMIN",
            "POST",
            "/api/v1/health/recompute",
            null,
            200),
        new Probe("GET /sparql", "GOVERN", "GET", "/sparql?query=" + sparql, null, 200),
        new Probe("POST /sparql", "GOVERN", "POST", "/sparql", "query=" + sparql, 200));
  }

  @Test
  void every_registered_route_has_a_row_and_declares_exactly_the_expected_access_level() {
    Map<String, String> declared = new TreeMap<>();
    for (RouteAccess route : open.meshlens.routes()) {
      declared.put(route.route(), String.join(",", route.access()));
    }
    Map<String, String> expected = new TreeMap<>();
    probes().forEach(p -> expected.put(p.route(), p.access()));

    assertThat(declared)
        .as("the routes registered and the level each declares (a new route needs a row here)")
        .isEqualTo(expected);
  }

  @Test
  void every_caller_gets_the_status_its_role_implies_on_every_route() {
    List<String> wrong = new ArrayList<>();
    for (Probe probe : probes()) {
      for (Who who : Who.values()) {
        int want = expected(probe, who, true);
        HttpResponse<String> answer = call(open, probe, who);
        check(probe, who + " (anonymous reading on)", want, answer, wrong);
      }
    }
    assertThat(wrong).as("route x caller -> status mismatches").isEmpty();
  }

  @Test
  void with_anonymous_reading_off_only_open_routes_answer_without_a_token() throws Exception {
    List<String> wrong = new ArrayList<>();
    try (AccessFixture closed = AccessFixture.start(dir.resolve("closed"), false)) {
      for (Probe probe : probes()) {
        int want = expected(probe, Who.ANONYMOUS, false);
        check(
            probe,
            "ANONYMOUS (anonymous reading off)",
            want,
            call(closed, probe, Who.ANONYMOUS),
            wrong);
        check(
            probe,
            "READER (anonymous reading off)",
            expected(probe, Who.READER, false),
            call(closed, probe, Who.READER),
            wrong);
      }
    }
    assertThat(wrong).as("route x caller -> status mismatches").isEmpty();
  }

  private static void check(
      Probe probe, String caller, int want, HttpResponse<String> answer, List<String> wrong) {
    int got = answer.statusCode();
    if (got != want) {
      wrong.add(
          probe.route()
              + " as "
              + caller
              + ": want "
              + want
              + ", got "
              + got
              + " "
              + answer.body());
      return;
    }
    if (got == 401) {
      if (!answer.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer")) {
        wrong.add(probe.route() + " as " + caller + ": 401 without WWW-Authenticate: Bearer");
      }
    }
    if (got == 401 || got == 403) {
      if (!answer
          .headers()
          .firstValue("Content-Type")
          .orElse("")
          .startsWith("application/problem+json")) {
        wrong.add(probe.route() + " as " + caller + ": " + got + " is not problem+json");
      }
    }
  }

  private static HttpResponse<String> call(AccessFixture server, Probe probe, Who who) {
    if (probe.route().equals("POST /sparql")) {
      return server.send(
          server
              .request(probe.path(), who)
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(java.net.http.HttpRequest.BodyPublishers.ofString(probe.body()))
              .build());
    }
    return server.send(probe.method(), probe.path(), probe.body(), who);
  }

  /** The status the access level implies for a caller. */
  static int expected(Probe probe, Who who, boolean anonymousRead) {
    if (probe.access().isEmpty()) {
      return 403; // deny by default
    }
    Access access = Access.valueOf(probe.access());
    if (EnumSet.of(Who.UNKNOWN, Who.EXPIRED, Who.REVOKED).contains(who)) {
      return 401; // a bad token is never downgraded to anonymous
    }
    if (who == Who.ANONYMOUS) {
      boolean open = access == Access.OPEN || (access == Access.READ && anonymousRead);
      return open ? probe.allowed() : 401;
    }
    Role role = role(who);
    if (!access.permits(role)) {
      return 403;
    }
    if (who == Who.OWNER_OUT && access == Access.EDIT) {
      return 403; // an owner edits their own domains' assets only
    }
    return probe.allowed();
  }

  private static Role role(Who who) {
    return switch (who) {
      case READER -> Role.READER;
      case OWNER_IN, OWNER_OUT -> Role.OWNER;
      case STEWARD -> Role.STEWARD;
      case CRAWLER -> Role.CRAWLER;
      default -> Role.ADMIN;
    };
  }
}
