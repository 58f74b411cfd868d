package dev.meshlens.api.http;

import dev.meshlens.api.auth.AuditTrail;
import dev.meshlens.api.auth.ForbiddenException;
import dev.meshlens.api.auth.UnauthenticatedException;
import dev.meshlens.api.lineage.LineagePathNotFoundException;
import dev.meshlens.api.rdf.InvalidSparqlException;
import dev.meshlens.api.rdf.SparqlTimeoutException;
import dev.meshlens.api.rdf.SparqlUpdateRefusedException;
import dev.meshlens.api.scores.HealthNotFoundException;
import dev.meshlens.catalog.AssetNotFoundException;
import dev.meshlens.catalog.InvalidBatchException;
import dev.meshlens.catalog.InvalidUrnException;
import dev.meshlens.catalog.StoreException;
import dev.meshlens.catalog.access.TokenNotFoundException;
import dev.meshlens.indexer.schedule.CrawlAlreadyRunningException;
import dev.meshlens.indexer.schedule.SourceNotFoundException;
import dev.meshlens.indexer.search.InvalidSearchException;
import dev.meshlens.lineage.LineageTimeoutException;
import io.javalin.config.JavalinConfig;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.HttpResponseException;
import io.javalin.http.UnsupportedMediaTypeResponse;
import io.javalin.validation.ValidationException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one table that maps exceptions to problem details: no usable token 401 (with {@code
 * WWW-Authenticate: Bearer}, saying whether it was missing, malformed, unknown, expired or
 * revoked), a token without the right 403, not found 404 (an asset, a source, a lineage path, a
 * token, a product's or domain's health), invalid input 400 (malformed SPARQL too), a SPARQL Update
 * 403, no acceptable media type 406, a conflict with what is going on (a crawl already running)
 * 409, a lineage question or a SPARQL query out of time 503, HTTP conditions raised by Javalin keep
 * their status, an unavailable store 503, anything else 500 (logged once, with no internals in the
 * body). Errors Javalin answers itself (unknown route, wrong method) get the same shape.
 */
public final class Problems {
  private static final Logger LOG = LoggerFactory.getLogger(Problems.class);

  private Problems() {}

  public static void register(JavalinConfig config) {
    config.routes.exception(Exception.class, (e, ctx) -> respond(ctx, toProblem(e, ctx)));
    // Javalin answers its HttpResponseExceptions itself, dropping the detail, unless the class has
    // a handler of its own: these are raised with a detail worth keeping
    config.routes.exception(
        UnsupportedMediaTypeResponse.class, (e, ctx) -> respond(ctx, toProblem(e, ctx)));
    config.routes.exception(
        ContentTooLargeResponse.class, (e, ctx) -> respond(ctx, toProblem(e, ctx)));
    for (int status : List.of(400, 404, 405, 413, 415, 500, 503)) {
      config.routes.error(status, "*", ctx -> replaceDefaultBody(ctx, status));
    }
  }

  static Problem toProblem(Exception e, Context ctx) {
    String path = ctx.path();
    return switch (e) {
      case UnauthenticatedException ue -> unauthenticated(ue, ctx);
      case ForbiddenException fe ->
          Problem.of("forbidden", "Forbidden", 403, fe.getMessage(), path);
      case TokenNotFoundException nf ->
          Problem.of("token-not-found", "Token not found", 404, nf.getMessage(), path);
      case AssetNotFoundException nf ->
          Problem.of("asset-not-found", "Asset not found", 404, nf.getMessage(), path);
      case SourceNotFoundException nf ->
          Problem.of("source-not-found", "Source not found", 404, nf.getMessage(), path);
      case HealthNotFoundException nf ->
          Problem.of("health-not-found", "No health score", 404, nf.getMessage(), path);
      case LineagePathNotFoundException nf ->
          Problem.of("lineage-path-not-found", "No lineage path", 404, nf.getMessage(), path);
      case LineageTimeoutException lt ->
          Problem.of(
              "lineage-timeout",
              "Lineage question out of time",
              503,
              lt.getMessage() + "; it has no partial answer, try again or ask a narrower question",
              path);
      case CrawlAlreadyRunningException ar ->
          Problem.of("crawl-already-running", "Crawl already running", 409, ar.getMessage(), path);
      case InvalidBatchException ib ->
          Problem.of("invalid-batch", "Invalid batch", 400, ib.getMessage(), path)
              .withErrors(
                  ib.violations().stream()
                      .map(v -> new Problem.Error(v.path(), v.urn(), v.message()))
                      .toList());
      case InvalidSparqlException is ->
          Problem.of("invalid-sparql", "Invalid SPARQL query", 400, is.getMessage(), path);
      case SparqlUpdateRefusedException ur ->
          Problem.of("sparql-update-refused", "SPARQL Update refused", 403, ur.getMessage(), path);
      case SparqlTimeoutException st ->
          Problem.of("sparql-timeout", "SPARQL query out of time", 503, st.getMessage(), path);
      case NotAcceptableException na ->
          Problem.of("not-acceptable", "Not acceptable", 406, na.getMessage(), path);
      case InvalidUrnException iu ->
          Problem.of("invalid-urn", "Invalid URN", 400, iu.getMessage(), path);
      case InvalidSearchException is ->
          Problem.of("invalid-search", "Invalid search", 400, is.getMessage(), path);
      case Params.BadParameterException bp ->
          Problem.of("invalid-parameter", "Invalid parameter", 400, bp.getMessage(), path);
      case ValidationException ve ->
          Problem.of("invalid-parameter", "Invalid parameter", 400, describe(ve), path);
      case IllegalArgumentException ia ->
          Problem.of("invalid-request", "Invalid request", 400, ia.getMessage(), path);
      case HttpResponseException hr ->
          Problem.of(
              "http-" + hr.getStatus(),
              reason(hr.getStatus()),
              hr.getStatus(),
              hr.getMessage(),
              path);
      case StoreException se -> {
        LOG.error("Catalog store failure on {} {}", ctx.method(), path, se);
        yield Problem.of(
            "store-unavailable",
            "Catalog store unavailable",
            503,
            "The catalog store could not answer; try again shortly",
            path);
      }
      default -> {
        LOG.error("Unexpected failure on {} {}", ctx.method(), path, e);
        yield Problem.of(
            "internal-error", "Internal error", 500, "An unexpected error occurred", path);
      }
    };
  }

  /**
   * 401 with {@code WWW-Authenticate: Bearer} (RFC 6750): with {@code error="invalid_token"} and
   * which it was (unknown, expired, revoked) when a token came, without when none did.
   */
  private static Problem unauthenticated(UnauthenticatedException e, Context ctx) {
    String reason = e.reason().name().toLowerCase(Locale.ROOT);
    String challenge =
        switch (e.reason()) {
          case MISSING -> "Bearer realm=\"meshlens\"";
          case MALFORMED -> "Bearer realm=\"meshlens\", error=\"invalid_request\"";
          default ->
              "Bearer realm=\"meshlens\", error=\"invalid_token\", error_description=\"token "
                  + reason
                  + "\"";
        };
    ctx.header(Header.WWW_AUTHENTICATE, challenge);
    String title =
        switch (e.reason()) {
          case MISSING -> "Token required";
          case MALFORMED -> "Malformed Authorization header";
          case UNKNOWN -> "Unknown token";
          case EXPIRED -> "Token expired";
          case REVOKED -> "Token revoked";
        };
    return Problem.of("token-" + reason, title, 401, e.getMessage(), ctx.path());
  }

  private static String describe(ValidationException e) {
    return e.getErrors().entrySet().stream()
        .map(entry ->
            "'"
                + entry.getKey()
                + "': "
                + entry.getValue().stream()
                    .map(err -> err.getMessage())
                    .collect(Collectors.joining(", ")))
        .collect(Collectors.joining("; "));
  }

  private static void replaceDefaultBody(Context ctx, int status) {
    String type = ctx.res().getContentType();
    if (type != null
        && (type.startsWith(Problem.MEDIA_TYPE) || type.startsWith("application/json"))) {
      return; // a handler already answered with a body of its own (problem or JSON)
    }
    String detail =
        switch (status) {
          case 404 -> "No endpoint " + ctx.method() + " " + ctx.path();
          case 405 -> "Method " + ctx.method() + " is not allowed on " + ctx.path();
          case 413 -> "The request body is larger than this server accepts";
          default -> reason(status);
        };
    respond(ctx, Problem.of("http-" + status, reason(status), status, detail, ctx.path()));
  }

  public static void respond(Context ctx, Problem problem) {
    if (ctx.attribute(AuditTrail.SUMMARY_ATTRIBUTE) == null) {
      AuditTrail.summary(ctx, problem.title() + ": " + problem.detail());
    }
    ctx.status(problem.status());
    ctx.json(problem);
    ctx.contentType(Problem.MEDIA_TYPE);
  }

  private static String reason(int status) {
    return switch (status) {
      case 400 -> "Bad request";
      case 401 -> "Unauthorized";
      case 403 -> "Forbidden";
      case 404 -> "Not found";
      case 405 -> "Method not allowed";
      case 406 -> "Not acceptable";
      case 409 -> "Conflict";
      case 413 -> "Content too large";
      case 415 -> "Unsupported media type";
      case 503 -> "Service unavailable";
      default -> "HTTP " + status;
    };
  }
}
