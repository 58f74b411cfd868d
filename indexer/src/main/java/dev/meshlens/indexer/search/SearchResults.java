package dev.meshlens.indexer.search;

import java.util.List;

/** A page of hits and how many assets matched in all. */
public record SearchResults(long total, int page, int size, List<SearchHit> hits) {
  public SearchResults {
    hits = List.copyOf(hits);
  }
}
