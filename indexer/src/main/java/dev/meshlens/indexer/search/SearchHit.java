package dev.meshlens.indexer.search;

import java.util.List;

/**
 * One asset found by a search: its identity and where it lives, the snippets where the query
 * matched, the columns that matched, its usage (queries over the last 30 days) and health score
 * (null until known), its final score and, when asked for, how that score was made.
 */
public record SearchHit(
    String urn,
    String type,
    String name,
    String qualifiedName,
    String domain,
    String product,
    String description,
    List<String> highlights,
    List<String> matchedColumns,
    long usage,
    Double health,
    float score,
    ScoreBreakdown explain) {
  public SearchHit {
    highlights = highlights == null ? List.of() : List.copyOf(highlights);
    matchedColumns = matchedColumns == null ? List.of() : List.copyOf(matchedColumns);
  }
}
