package dev.meshlens.api.search;

import dev.meshlens.api.http.Params;
import dev.meshlens.api.http.Params.BadParameterException;
import io.javalin.http.Context;
import java.util.List;

/**
 * The query parameters of autocomplete: {@code q}, the prefix typed so far (at most {@value
 * SearchParams#MAX_QUERY_LENGTH} characters; blank suggests nothing), and {@code limit} (1 to
 * {@value #MAX_LIMIT}, default {@value #DEFAULT_LIMIT}). Any other parameter, or one given twice,
 * is refused.
 */
record SuggestParams(String prefix, int limit) {
  static final int DEFAULT_LIMIT = 10;
  static final int MAX_LIMIT = 20;
  private static final List<String> KNOWN = List.of("q", "limit");

  static SuggestParams parse(Context ctx) {
    ctx.queryParamMap()
        .forEach((name, values) -> {
          if (!KNOWN.contains(name)) {
            throw new BadParameterException(name, "is not known (known: " + KNOWN + ")");
          }
          if (values.size() > 1) {
            throw new BadParameterException(name, "must be given once, got " + values.size());
          }
        });
    String prefix = ctx.queryParam("q");
    if (prefix != null && prefix.length() > SearchParams.MAX_QUERY_LENGTH) {
      throw new BadParameterException(
          "q",
          "must be at most "
              + SearchParams.MAX_QUERY_LENGTH
              + " characters, got "
              + prefix.length());
    }
    int limit = Params.intIn(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
    return new SuggestParams(prefix == null ? "" : prefix, limit);
  }
}
