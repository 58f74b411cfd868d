package dev.meshlens.indexer.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexableField;
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

  /**
   * Counting happens in one pass over the matches on one doc-values field holding every dimension's
   * values (Lucene's sorted-set facets), not once per dimension.
   */
  private static final FacetsConfig CONFIG = config();

  private static FacetsConfig config() {
    FacetsConfig config = new FacetsConfig();
    DIMENSIONS.forEach(dimension -> config.setMultiValued(dimension, true));
    return config;
  }

  /** The document with a facet entry for each value of its keyword fields that are dimensions. */
  static Document withFacetFields(Document doc) {
    List<SortedSetDocValuesFacetField> facets = new ArrayList<>();
    for (IndexableField field : doc.getFields()) {
      String value = field.stringValue();
      if (DIMENSIONS.contains(field.name()) && value != null && !value.isEmpty()) {
        facets.add(new SortedSetDocValuesFacetField(field.name(), value));
      }
    }
    facets.forEach(doc::add);
    try {
      return CONFIG.build(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The ordinal state of the facet field, built once per refreshed reader. */
  private record State(IndexReader.CacheKey key, SortedSetDocValuesReaderState state) {}

  private volatile State cached;

  /** The top values of each dimension among the documents the collector saw. */
  Map<String, List<Count>> count(IndexSearcher searcher, FacetsCollector hits) throws IOException {
    Map<String, List<Count>> facets = new LinkedHashMap<>();
    Optional<SortedSetDocValuesReaderState> state = state(searcher.getIndexReader());
    SortedSetDocValuesFacetCounts counts =
        state.isPresent() ? new SortedSetDocValuesFacetCounts(state.get(), hits) : null;
    for (String dimension : DIMENSIONS) {
      List<Count> values = new ArrayList<>();
      FacetResult result =
          counts == null || !hasDimension(state.get(), dimension)
              ? null
              : counts.getTopChildren(TOP_VALUES, dimension);
      if (result != null) {
        for (LabelAndValue value : result.labelValues) {
          values.add(new Count(value.label, value.value.longValue()));
        }
      }
      facets.put(dimension, values);
    }
    return facets;
  }

  private static boolean hasDimension(SortedSetDocValuesReaderState state, String dimension) {
    return state.getOrdRange(dimension) != null;
  }

  /** Empty while no document has a facet value (an empty index). */
  private Optional<SortedSetDocValuesReaderState> state(IndexReader reader) throws IOException {
    IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
    State current = cached;
    if (helper != null && current != null && current.key() == helper.getKey()) {
      return Optional.of(current.state());
    }
    String field = CONFIG.getDimConfig(SearchFields.TYPE).indexFieldName;
    if (reader.leaves().stream()
        .noneMatch(leaf -> leaf.reader().getFieldInfos().fieldInfo(field) != null)) {
      return Optional.empty();
    }
    SortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(reader, CONFIG);
    if (helper != null) {
      cached = new State(helper.getKey(), state);
    }
    return Optional.of(state);
  }
}
