package dev.meshlens.indexer.search;

import java.util.List;
import java.util.Map;

/** A page of hits, how many assets matched in all, and the facet counts of those matches. */
public record SearchResults(
    long total, int page, int size, List<SearchHit> hits, Map<String, List<Facets.Count>> facets) {
  public SearchResults {
    hits = List.copyOf(hits);
    facets = Map.copyOf(facets);
  }
}
