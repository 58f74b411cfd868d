package dev.meshlens.api.search;

import dev.meshlens.api.http.Params;
import dev.meshlens.api.http.Params.BadParameterException;
import dev.meshlens.catalog.Urn;
import dev.meshlens.indexer.search.SearchRequest;
import dev.meshlens.indexer.search.Visibility;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The query parameters of a search: {@code q} (at most {@value #MAX_QUERY_LENGTH} characters),
 * {@code page} (from 1), {@code size} (1 to {@value #MAX_SIZE}), {@code explain}, and one filter
 * per facet dimension. A filter may repeat and may hold comma-separated values (a comma inside a
 * URN's parentheses separates nothing); a domain may be given by its id instead of its URN. Any
 * other parameter, or one of the single-valued ones given twice, is refused.
 */
final class SearchParams {
  static final int MAX_QUERY_LENGTH = 1000;
  static final int MAX_SIZE = 100;
  static final List<String> FILTERS =
      List.of("type", "domain", "product", "owner", "tag", "platform", "classification");
  private static final List<String> SINGLE = List.of("q", "page", "size", "explain");

  private SearchParams() {}

  static SearchRequest parse(Context ctx) {
    checkNames(ctx.queryParamMap());
    String text = ctx.queryParam("q");
    if (text != null && text.length() > MAX_QUERY_LENGTH) {
      throw new BadParameterException(
          "q", "must be at most " + MAX_QUERY_LENGTH + " characters, got " + text.length());
    }
    int page = Params.intIn(ctx, "page", 1, 1, 1_000_000);
    int size = Params.intIn(ctx, "size", SearchRequest.DEFAULT_SIZE, 1, MAX_SIZE);
    boolean explain = Params.bool(ctx, "explain", false);
    return new SearchRequest(text, filters(ctx), page, size, explain, Visibility.all());
  }

  private static void checkNames(Map<String, List<String>> params) {
    params.forEach((name, values) -> {
      if (SINGLE.contains(name)) {
        if (values.size() > 1) {
          throw new BadParameterException(name, "must be given once, got " + values.size());
        }
      } else if (!FILTERS.contains(name)) {
        List<String> known = new ArrayList<>(SINGLE);
        known.addAll(FILTERS);
        throw new BadParameterException(name, "is not known (known: " + known + ")");
      }
    });
  }

  private static Map<String, Set<String>> filters(Context ctx) {
    Map<String, Set<String>> filters = new LinkedHashMap<>();
    for (String dimension : FILTERS) {
      Set<String> values = new LinkedHashSet<>();
      for (String param : ctx.queryParams(dimension)) {
        for (String value : splitOutsideParentheses(param)) {
          values.add(dimension.equals("domain") ? domainUrn(value) : value);
        }
      }
      if (!values.isEmpty()) {
        filters.put(dimension, values);
      }
    }
    return filters;
  }

  /** The trimmed, non-blank values between commas that are not inside a URN's parentheses. */
  static List<String> splitOutsideParentheses(String param) {
    List<String> values = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i <= param.length(); i++) {
      char c = i < param.length() ? param.charAt(i) : ',';
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth = Math.max(0, depth - 1);
      } else if (c == ',' && (depth == 0 || i == param.length())) {
        String value = param.substring(start, i).trim();
        if (!value.isEmpty()) {
          values.add(value);
        }
        start = i + 1;
      }
    }
    return values;
  }

  private static String domainUrn(String value) {
    return value.startsWith(Urn.PREFIX) ? value : Urn.domain(value).toString();
  }
}
