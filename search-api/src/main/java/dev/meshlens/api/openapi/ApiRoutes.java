package dev.meshlens.api.openapi;

import static dev.meshlens.api.auth.Access.ADMIN;
import static dev.meshlens.api.auth.Access.EDIT;
import static dev.meshlens.api.auth.Access.GOVERN;
import static dev.meshlens.api.auth.Access.INGEST;
import static dev.meshlens.api.auth.Access.OPEN;
import static dev.meshlens.api.auth.Access.READ;
import static dev.meshlens.api.openapi.ApiRoute.delete;
import static dev.meshlens.api.openapi.ApiRoute.get;
import static dev.meshlens.api.openapi.ApiRoute.patch;
import static dev.meshlens.api.openapi.ApiRoute.post;

import dev.meshlens.api.openapi.ApiRoute.Answer;
import dev.meshlens.api.openapi.ApiRoute.Body;
import dev.meshlens.catalog.AssetQuery;
import dev.meshlens.catalog.EntityType;
import dev.meshlens.indexer.search.SearchRequest;
import dev.meshlens.lineage.Direction;
import dev.meshlens.lineage.Level;
import dev.meshlens.lineage.LineageRequest;
import io.swagger.v3.oas.models.media.StringSchema;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The one table of the HTTP API's routes, one entry per route, in the order of the document. A
 * route added to the server is added here too ({@code OpenApiTest} checks both ways).
 */
final class ApiRoutes {
  private ApiRoutes() {}

  private static final String PKG = "dev.meshlens.api.";
  private static final int MAX_PAGE = 1_000_000;
  private static final int MAX_QUERY = 1000;

  private static final String SPARQL =
      "SELECT and ASK answer SPARQL results (JSON by default, XML, CSV, TSV), CONSTRUCT and"
          + " DESCRIBE a graph (Turtle by default, N-Triples, JSON-LD, RDF/XML), by Accept. An"
          + " answer cut at the result cap has the header Meshlens-Results-Truncated: true."
          + " Updates are refused (403); default-graph-uri and named-graph-uri too (400): a query"
          + " runs over the union of the asset graphs.";
  private static final String PUSH =
      " The body is JSON (UTF-8), as is or with Content-Encoding: gzip; a 400 names every"
          + " problem, and nothing is applied.";

  static final List<ApiRoute> ALL =
      List.of(
          // operations
          get("/health", OPEN, "Readiness: the store answers and startup loading is done")
              .answers(
                  Answer.json(200, "Ready (status UP)", health()),
                  Answer.json(503, "Not ready: STARTING or DOWN, and why", health())),
          get("/health/ready", OPEN, "Readiness, as GET /health")
              .answers(
                  Answer.json(200, "Ready (status UP)", health()),
                  Answer.json(503, "Not ready: STARTING or DOWN, and why", health())),
          get("/health/live", OPEN, "Liveness: the process serves requests")
              .ok(Shape.record(PKG + "health.HealthHandler$Live")),
          get("/openapi.json", OPEN, "This document")
              .ok(Shape.inline(() -> SchemaParts.object("An OpenAPI 3.1 document"))),
          get("/api/v1/me", OPEN, "Who am I: anonymous, or the token's name, role and domains")
              .errors(401)
              .ok(Shapes.ME),
          // search
          get("/api/v1/search", READ, "Search the catalog: a page of ranked hits with facets")
              .about(
                  "Google-style search: field:value, \"quoted phrases\" and -exclusions in q;"
                      + " filters narrow the hits, the facets count every match.")
              .query(
                  Param.text("q", "What was typed", MAX_QUERY),
                  Param.integer("page", "The page, from 1", 1, MAX_PAGE, 1),
                  Param.integer("size", "Hits per page", 1, 100, SearchRequest.DEFAULT_SIZE),
                  Param.bool("explain", "Give each hit how its score was made", false))
              .query(filters())
              .ok(
                  Shape.record(PKG + "search.SearchView")
                      .withElements("hits", Shape.record(PKG + "search.SearchView$Hit"))
                      .withElements(
                          "facets", Shape.record("dev.meshlens.indexer.search.Facets$Count"))),
          get("/api/v1/suggest", READ, "Autocomplete: names that start with what was typed")
              .query(
                  Param.text("q", "The prefix typed so far (blank suggests nothing)", MAX_QUERY),
                  Param.integer("limit", "At most this many suggestions", 1, 20, 10))
              .ok(Shape.record(PKG + "search.SearchHandler$SuggestView")),
          // assets
          get("/api/v1/assets", READ, "List assets, by type and domain")
              .query(
                  Param.choice("type", "Only assets of this type", null, codes()),
                  Param.text("domain", "Only assets of this domain (its id or URN)"),
                  Param.integer("page", "The page, from 1", 1, MAX_PAGE, 1),
                  Param.integer("size", "Assets per page", 1, AssetQuery.MAX_SIZE, 20))
              .ok(Shape.record(PKG + "asset.AssetHandler$AssetPage")),
          get("/api/v1/assets/<urn>", READ, "The 360 profile of an asset of any type")
              .about("A restricted asset the caller may not see is a 404, as an unknown one.")
              .ok(Shapes.ASSET_PROFILE),
          patch("/api/v1/assets/<urn>", EDIT, "Edit an asset's description, tags, owners, terms")
              .body(Body.json("The fields to change", Shapes.ASSET_EDIT))
              .ok(Shapes.EDITED),
          // lineage
          get("/api/v1/lineage", READ, "Lineage around an asset, as a bounded graph walk")
              .about("Partial past a limit, and saying so in truncated and limits.")
              .query(
                  Param.required("urn", "A dataset or product (a field at the column level)"),
                  Param.choice("direction", "Which way to walk", "both", lower(Direction.values())),
                  Param.integer(
                      "depth",
                      "How many hops",
                      1,
                      LineageRequest.MAX_DEPTH,
                      LineageRequest.DEFAULT_DEPTH),
                  Param.choice("level", "Datasets or columns", "dataset", lower(Level.values())),
                  Param.integer(
                      "nodeCap",
                      "At most this many nodes (default: the server's node cap)",
                      1,
                      LineageRequest.MAX_NODE_CAP,
                      null))
              .errors(503)
              .ok(Shape.record(PKG + "lineage.LineageViews$LineageView")),
          get("/api/v1/lineage/impact", READ, "What a change to an asset would affect downstream")
              .query(Param.required("urn", "The asset that would change"))
              .errors(503)
              .ok(Shape.record(PKG + "lineage.LineageViews$ImpactView")),
          get("/api/v1/lineage/path", READ, "The shortest lineage path between two assets")
              .query(
                  Param.required("from", "Where the path starts"),
                  Param.required("to", "Where it ends"))
              .errors(404, 503)
              .ok(Shape.record(PKG + "lineage.LineageViews$PathView")),
          post("/api/v1/lineage", INGEST, "Push one OpenLineage event (as Marquez takes it)")
              .about("Committed with what earlier events of the run said." + PUSH)
              .body(Body.json("One OpenLineage RunEvent", Shapes.RUN_EVENT))
              .answers(Answer.empty(201, "Committed")),
          post("/api/v1/ingest", INGEST, "Push one batch of metadata")
              .about("Applied whole, in one transaction, or not at all." + PUSH)
              .body(Body.json("A Meshlens batch", Shapes.BATCH))
              .answers(Answer.json(201, "Applied: the counts of what changed", Shapes.APPLIED)),
          // governance
          get("/api/v1/export/dcat", READ, "The catalog as DCAT-AP 3, by Accept")
              .errors(406)
              .answers(new Answer(200, "The DCAT-AP graph", rdf())),
          get("/sparql", GOVERN, "SPARQL 1.1 query over the lineage graph (queries only)")
              .about(SPARQL)
              .query(Param.required("query", "The SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE)"))
              .errors(403, 406, 503)
              .answers(sparqlAnswer()),
          post("/sparql", GOVERN, "SPARQL 1.1 query over the lineage graph, in the body")
              .about(SPARQL)
              .body(
                  new Body(
                      "The query, as application/sparql-query or a form with query=",
                      Map.of(
                          "application/sparql-query",
                          Shapes.TEXT,
                          "application/x-www-form-urlencoded",
                          Shape.inline(() ->
                              SchemaParts.object("A form")
                                  .addProperty("query", SchemaParts.text("The query"))))))
              .errors(403, 406, 503)
              .answers(sparqlAnswer()),
          get("/api/v1/audit", GOVERN, "The audit log: every write and admin action")
              .query(
                  Param.instant("since", "Only actions at or after this time"),
                  Param.text("actor", "Only actions of this actor"),
                  Param.integer("page", "The page, from 1", 1, MAX_PAGE, 1),
                  Param.integer("size", "Actions per page", 1, 1000, 50))
              .ok(Shapes.AUDIT),
          // health
          get("/api/v1/products", READ, "Products with their health: a leaderboard")
              .query(
                  Param.choice("sort", "Order by", "health", List.of("health", "name")),
                  Param.text("domain", "Only products of this domain (its id or URN)"),
                  Param.integer("page", "The page, from 1", 1, MAX_PAGE, 1),
                  Param.integer("size", "Products per page", 1, 1000, 20))
              .ok(Shapes.LEADERBOARD),
          get("/api/v1/products/<urn>/health", READ, "A product's health score and its breakdown")
              .ok(Shapes.PRODUCT_HEALTH),
          get("/api/v1/domains", READ, "Domains with their health").ok(Shapes.DOMAINS),
          get("/api/v1/domains/<domain>/health", READ, "A domain's health, rolled up")
              .ok(Shapes.DOMAIN_HEALTH),
          post("/api/v1/health/recompute", ADMIN, "Recompute every health score now")
              .ok(Shapes.RECOMPUTED),
          // sources
          get("/api/v1/sources", READ, "The configured sources, their schedule and last run")
              .ok(Shape.record(PKG + "source.SourceViews$SourceList")),
          get("/api/v1/sources/{name}/runs", READ, "A source's crawl runs, newest first")
              .query(Param.integer("limit", "At most this many runs", 1, 200, 20))
              .ok(Shape.record(PKG + "source.SourceViews$RunList")),
          post("/api/v1/sources/{name}/runs", ADMIN, "Crawl a source now")
              .errors(409)
              .answers(
                  Answer.json(
                      202,
                      "Accepted: running or queued",
                      Shape.record(PKG + "source.SourceViews$Accepted"))),
          // tokens
          post("/api/v1/tokens", ADMIN, "Create an API token")
              .body(Body.json("The token to create", Shapes.TOKEN_REQUEST))
              .answers(Answer.json(201, "Created", Shapes.TOKEN_CREATED)),
          get("/api/v1/tokens", ADMIN, "List the API tokens (never their secrets)")
              .ok(Shapes.TOKENS),
          delete("/api/v1/tokens/{id}", ADMIN, "Revoke an API token").ok(Shapes.TOKEN));

  private static Shape health() {
    return Shape.record(PKG + "health.HealthHandler$Health");
  }

  private static Param[] filters() {
    return List.of("type", "domain", "product", "owner", "tag", "platform", "classification")
        .stream()
        .map(name ->
            Param.repeated(
                name,
                "Only hits with this "
                    + name
                    + "; may repeat, and hold comma-separated values (any of them)"))
        .toArray(Param[]::new);
  }

  private static Answer sparqlAnswer() {
    Map<String, Shape> types = new LinkedHashMap<>();
    for (String type :
        List.of(
            "application/sparql-results+json",
            "application/sparql-results+xml",
            "text/csv",
            "text/tab-separated-values")) {
      types.put(
          type,
          type.endsWith("json")
              ? Shape.inline(() -> SchemaParts.object("SPARQL results"))
              : Shapes.TEXT);
    }
    types.putAll(rdf());
    return new Answer(200, "The results, or the graph, in the type chosen by Accept", types);
  }

  private static Map<String, Shape> rdf() {
    Map<String, Shape> types = new LinkedHashMap<>();
    for (String type :
        List.of(
            "text/turtle", "application/n-triples", "application/ld+json", "application/rdf+xml")) {
      types.put(
          type,
          type.endsWith("json")
              ? Shape.inline(() -> SchemaParts.object("JSON-LD"))
              : Shape.inline(StringSchema::new));
    }
    return types;
  }

  private static List<String> codes() {
    return Arrays.stream(EntityType.values()).map(EntityType::code).toList();
  }

  private static List<String> lower(Enum<?>... values) {
    return Arrays.stream(values).map(v -> v.name().toLowerCase(Locale.ROOT)).toList();
  }
}
