package dev.meshlens.indexer.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.StringDocValuesReaderState;
import org.apache.lucene.facet.StringValueFacetCounts;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;

/**
 * Facet counts and filters over the keyword fields of asset documents. Filters are clauses of the
 * query itself, so the counts are those of what the query returns.
 */
final class Facets {

  /** The facet dimensions, in the order results list them. */
  static final List<String> DIMENSIONS =
      List.of(
          SearchFields.TYPE,
          SearchFields.DOMAIN,
          SearchFields.PRODUCT,
          SearchFields.OWNER,
          SearchFields.TAG,
          SearchFields.PLATFORM,
          SearchFields.CLASSIFICATION);

  static final int TOP_VALUES = 20;

  /** Dimensions whose values are indexed lower-cased, so a filter matches in any case. */
  private static final Set<String> LOWER_CASE =
      Set.of(SearchFields.TYPE, SearchFields.PLATFORM, SearchFields.CLASSIFICATION);

  /** One value of a dimension and how many matching assets carry it. */
  public record Count(String value, long count) {}

  /**
   * The filter clause of facet selections: within a dimension any of the values, across dimensions
   * all; empty without selections.
   */
  static Optional<Query> filter(Map<String, ? extends Collection<String>> filters) {
    if (filters.isEmpty()) {
      return Optional.empty();
    }
    BooleanQuery.Builder builder = new BooleanQuery.Builder();
    filters.forEach((dimension, values) -> {
      if (!DIMENSIONS.contains(dimension)) {
        throw new InvalidSearchException(
            "Unknown filter '" + dimension + "' (known: " + String.join(", ", DIMENSIONS) + ")");
      }
      if (values.isEmpty()) {
        throw new InvalidSearchException("Filter '" + dimension + "' has no value");
      }
      boolean lowerCase = LOWER_CASE.contains(dimension);
      List<BytesRef> terms =
          values.stream()
              .map(v -> lowerCase ? v.toLowerCase(Locale.ROOT) : v)
              .map(BytesRef::new)
              .toList();
      builder.add(KeywordField.newSetQuery(dimension, terms), Occur.FILTER);
    });
    return Optional.of(builder.build());
  }

  /** The per-reader ordinal states of each dimension, built once per refreshed reader. */
  private record States(IndexReader.CacheKey key, Map<String, StringDocValuesReaderState> byDim) {}

  private volatile States cached;

  /** The top values of each dimension among the documents the collector saw. */
  Map<String, List<Count>> count(IndexSearcher searcher, FacetsCollector hits) throws IOException {
    Map<String, StringDocValuesReaderState> states = states(searcher.getIndexReader());
    Map<String, List<Count>> facets = new LinkedHashMap<>();
    for (String dimension : DIMENSIONS) {
      List<Count> counts = new ArrayList<>();
      FacetResult result =
          new StringValueFacetCounts(states.get(dimension), hits)
              .getTopChildren(TOP_VALUES, dimension);
      if (result != null) {
        for (LabelAndValue value : result.labelValues) {
          counts.add(new Count(value.label, value.value.longValue()));
        }
      }
      facets.put(dimension, counts);
    }
    return facets;
  }

  private Map<String, StringDocValuesReaderState> states(IndexReader reader) throws IOException {
    IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
    States current = cached;
    if (helper != null && current != null && current.key() == helper.getKey()) {
      return current.byDim();
    }
    Map<String, StringDocValuesReaderState> byDim = new HashMap<>();
    for (String dimension : DIMENSIONS) {
      byDim.put(dimension, new StringDocValuesReaderState(reader, dimension));
    }
    if (helper != null) {
      cached = new States(helper.getKey(), byDim);
    }
    return byDim;
  }
}
