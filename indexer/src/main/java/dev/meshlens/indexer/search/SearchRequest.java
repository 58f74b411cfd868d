package dev.meshlens.indexer.search;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * One search: the text as typed (with its {@code field:value}, {@code "phrase"}, {@code -exclude}
 * and {@code OR} syntax), facet filters (dimension to accepted values: any value within a
 * dimension, all dimensions), the page (from 1) and its size, whether to explain scores, and what
 * the caller may see.
 */
public record SearchRequest(
    String text,
    Map<String, Set<String>> filters,
    int page,
    int size,
    boolean explain,
    Visibility visibility) {

  public static final int DEFAULT_SIZE = 10;

  public SearchRequest {
    text = text == null ? "" : text;
    filters = filters == null ? Map.of() : Map.copyOf(filters);
    visibility = visibility == null ? Visibility.all() : visibility;
  }

  /** The first page of ten for {@code text}, everything visible, no filters. */
  public static SearchRequest of(String text) {
    return new SearchRequest(text, Map.of(), 1, DEFAULT_SIZE, false, Visibility.all());
  }

  public SearchRequest withFilters(Map<String, ? extends Set<String>> value) {
    return new SearchRequest(text, Map.copyOf(value), page, size, explain, visibility);
  }

  /** This request with one more filter value. */
  public SearchRequest withFilter(String dimension, String value) {
    Map<String, Set<String>> more = new LinkedHashMap<>(filters);
    more.merge(
        dimension,
        Set.of(value),
        (a, b) -> {
          java.util.Set<String> union = new java.util.TreeSet<>(a);
          union.addAll(b);
          return union;
        });
    return new SearchRequest(text, more, page, size, explain, visibility);
  }

  public SearchRequest withPage(int value, int pageSize) {
    return new SearchRequest(text, filters, value, pageSize, explain, visibility);
  }

  public SearchRequest withExplain(boolean value) {
    return new SearchRequest(text, filters, page, size, value, visibility);
  }

  public SearchRequest withVisibility(Visibility value) {
    return new SearchRequest(text, filters, page, size, explain, value);
  }
}
