package dev.meshlens.indexer.search;

import java.util.List;
import java.util.Map;

/**
 * A page of hits, how many assets matched in all, the facet counts of those matches, and a
 * corrected query when the results were few and a likelier spelling exists (else null).
 */
public record SearchResults(
    long total,
    int page,
    int size,
    List<SearchHit> hits,
    Map<String, List<Facets.Count>> facets,
    String didYouMean) {
  public SearchResults {
    hits = List.copyOf(hits);
    facets = Map.copyOf(facets);
  }
}
