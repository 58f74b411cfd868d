package dev.meshlens.api.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.meshlens.indexer.search.SearchRequest;
import dev.meshlens.indexer.search.Visibility;
import java.net.URLEncoder;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * One benchmark search: what kind of search it is, the text typed and at most one filter; the same
 * search as an HTTP path and as the engine's request (first page of ten, everything visible).
 */
record BenchQuery(Kind kind, String text, String dimension, String value) {

  /** The kinds of searches the list mixes, with their share of it in percent. */
  enum Kind {
    EXACT_NAME("exact name", 20),
    PARTIAL_NAME("part of a name", 20),
    SEVERAL_WORDS("several words", 15),
    COLUMN_NAME("column name", 15),
    WITH_FILTER("words and a filter", 15),
    MISSPELLED("misspelled word", 10),
    BROWSE("blank, a filter only", 5);

    final String label;
    final int percent;

    Kind(String label, int percent) {
      this.label = label;
      this.percent = percent;
    }
  }

  static BenchQuery text(Kind kind, String text) {
    return new BenchQuery(kind, text, null, null);
  }

  /** {@code /api/v1/search?q=…[&dimension=value]}, percent-encoded. */
  String path() {
    String path = "/api/v1/search?q=" + encode(text);
    return dimension == null ? path : path + "&" + dimension + "=" + encode(value);
  }

  SearchRequest request() {
    Map<String, Set<String>> filters = new LinkedHashMap<>();
    if (dimension != null) {
      filters.put(dimension, Set.of(value));
    }
    return new SearchRequest(text, filters, 1, SearchRequest.DEFAULT_SIZE, false, Visibility.all());
  }

  static String encode(String value) {
    return URLEncoder.encode(value, UTF_8);
  }

  @Override
  public String toString() {
    return kind.label + ": " + path();
  }
}
