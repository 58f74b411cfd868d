package dev.meshlens.api.rdf;

import dev.meshlens.api.http.Params.BadParameterException;
import io.javalin.http.Context;
import io.javalin.http.UnsupportedMediaTypeResponse;
import java.util.List;
import java.util.Locale;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.WebContent;
import org.apache.jena.update.UpdateFactory;

/**
 * A query as the SPARQL 1.1 Protocol sends it: {@code GET ?query=}, {@code POST} with an {@code
 * application/sparql-query} body, or {@code POST} of an {@code application/x-www-form-urlencoded}
 * form with {@code query=}. An update in any form ({@code update=}, {@code
 * application/sparql-update}, or update text as the query) is refused; {@code default-graph-uri}
 * and {@code named-graph-uri} are refused too (the query runs over the union of the asset graphs:
 * use {@code GRAPH} in the query to pick one).
 */
final class SparqlRequest {
  /** Longer queries are refused, to bound the work of parsing. */
  static final int MAX_QUERY_LENGTH = 100_000;

  private static final List<String> DATASET_PARAMS =
      List.of("default-graph-uri", "named-graph-uri");

  private SparqlRequest() {}

  /** The parsed query of a GET. */
  static Query get(Context ctx) {
    refuseUpdateAndDataset(ctx.queryParamMap().keySet());
    return parse(single(ctx.queryParams("query")));
  }

  /** The parsed query of a POST, by its content type. */
  static Query post(Context ctx) {
    refuseUpdateAndDataset(ctx.queryParamMap().keySet());
    String type = ctx.contentType() == null ? "" : ctx.contentType();
    String mediaType = type.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    return switch (mediaType) {
      case WebContent.contentTypeSPARQLQuery -> parse(ctx.body());
      case WebContent.contentTypeHTMLForm -> {
        refuseUpdateAndDataset(ctx.formParamMap().keySet());
        yield parse(single(ctx.formParams("query")));
      }
      case WebContent.contentTypeSPARQLUpdate ->
          throw new SparqlUpdateRefusedException(WebContent.contentTypeSPARQLUpdate);
      default ->
          throw new UnsupportedMediaTypeResponse(
              "POST /sparql takes "
                  + WebContent.contentTypeSPARQLQuery
                  + " or "
                  + WebContent.contentTypeHTMLForm
                  + " (query=...); got '"
                  + type
                  + "'");
    };
  }

  private static void refuseUpdateAndDataset(java.util.Set<String> names) {
    if (names.contains("update")) {
      throw new SparqlUpdateRefusedException("the update parameter");
    }
    for (String name : DATASET_PARAMS) {
      if (names.contains(name)) {
        throw new BadParameterException(
            name,
            "is not supported: queries run over the union of the asset graphs; use GRAPH in the"
                + " query to choose one");
      }
    }
  }

  private static String single(List<String> values) {
    if (values.isEmpty() || values.getFirst().isBlank()) {
      throw new BadParameterException("query", "is required: the SPARQL query to run");
    }
    if (values.size() > 1) {
      throw new BadParameterException("query", "must be given once, got " + values.size());
    }
    return values.getFirst();
  }

  /**
   * Parses a query; update text is refused, anything else malformed is a 400 with Jena's message.
   */
  static Query parse(String text) {
    if (text == null || text.isBlank()) {
      throw new BadParameterException("query", "is required: the SPARQL query to run");
    }
    if (text.length() > MAX_QUERY_LENGTH) {
      throw new InvalidSparqlException(
          "The query is "
              + text.length()
              + " characters long; at most "
              + MAX_QUERY_LENGTH
              + " are accepted");
    }
    try {
      Query query = QueryFactory.create(text, Syntax.syntaxARQ);
      if (!(query.isSelectType()
          || query.isAskType()
          || query.isConstructType()
          || query.isDescribeType())) {
        throw new InvalidSparqlException(
            "Only SELECT, ASK, CONSTRUCT and DESCRIBE queries are answered");
      }
      return query;
    } catch (QueryParseException e) {
      if (isUpdate(text)) {
        throw new SparqlUpdateRefusedException("update text sent as a query");
      }
      throw new InvalidSparqlException("Malformed SPARQL query: " + e.getMessage());
    }
  }

  private static boolean isUpdate(String text) {
    try {
      UpdateFactory.create(text, Syntax.syntaxARQ);
      return true;
    } catch (QueryParseException e) {
      return false;
    }
  }
}
