package dev.meshlens.api.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.meshlens.catalog.health.HealthPolicy;
import dev.meshlens.indexer.search.ScoreBreakdown;
import dev.meshlens.indexer.search.SearchHit;
import dev.meshlens.indexer.search.SearchResults;
import java.util.List;
import java.util.Map;

/**
 * The answer of a search. Every field is always present (an empty page has {@code hits: []}, no
 * correction is {@code didYouMean: null}, a dimension without values is {@code []}); a hit has its
 * {@code explain} only when it was asked for.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record SearchView(
    long total,
    int page,
    int size,
    List<?> hits,
    @JsonInclude(content = JsonInclude.Include.ALWAYS) Map<String, ? extends List<?>> facets,
    String didYouMean) {

  static SearchView of(SearchResults results, boolean explain, HealthPolicy.Grades grades) {
    List<?> hits =
        explain
            ? results.hits().stream()
                .map(h -> new ExplainedHit(Hit.of(h, grades), h.explain()))
                .toList()
            : results.hits().stream().map(h -> Hit.of(h, grades)).toList();
    return new SearchView(
        results.total(),
        results.page(),
        results.size(),
        hits,
        results.facets(),
        results.didYouMean());
  }

  /**
   * One hit: the asset, where it lives, why it matched, its signals (the health score with its
   * grade under the server's policy) and score.
   */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record Hit(
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
      String healthGrade,
      float score) {
    static Hit of(SearchHit hit, HealthPolicy.Grades grades) {
      return new Hit(
          hit.urn(),
          hit.type(),
          hit.name(),
          hit.qualifiedName(),
          hit.domain(),
          hit.product(),
          hit.description(),
          hit.highlights(),
          hit.matchedColumns(),
          hit.usage(),
          hit.health(),
          grades.of(hit.health()),
          hit.score());
    }
  }

  /** A hit with how its score was made (null when the engine could not say). */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record ExplainedHit(@JsonUnwrapped Hit hit, ScoreBreakdown explain) {}
}
