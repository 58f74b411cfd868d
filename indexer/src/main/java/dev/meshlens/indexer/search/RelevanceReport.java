package dev.meshlens.indexer.search;

import dev.meshlens.indexer.search.RelevanceSuite.Category;
import dev.meshlens.indexer.search.RelevanceSuite.JudgedQuery;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * What a run of a {@link RelevanceSuite} measured: each query's first results and measures, and
 * their means per category and over all queries.
 */
public record RelevanceReport(List<RelevanceReport.QueryResult> results) {

  public RelevanceReport {
    results = List.copyOf(results);
  }

  /** One query's first results (URNs, best first) and their measures. */
  public record QueryResult(
      JudgedQuery judged,
      List<String> ranked,
      double ndcg,
      double reciprocalRank,
      double precisionAtOne) {

    public QueryResult {
      ranked = List.copyOf(ranked);
    }

    static QueryResult of(JudgedQuery judged, List<String> ranked) {
      Map<String, Integer> judgments = judged.judgments();
      int depth = RelevanceSuite.DEPTH;
      return new QueryResult(
          judged,
          ranked,
          RankingMetrics.ndcg(ranked, judgments, depth),
          RankingMetrics.reciprocalRank(ranked, judgments, depth),
          RankingMetrics.precisionAtOne(ranked, judgments));
    }

    public boolean zeroResults() {
      return ranked.isEmpty();
    }

    /** The grade of the result at {@code rank} (from 1), 0 when unjudged. */
    public int gradeAt(int rank) {
      return RankingMetrics.grade(ranked.get(rank - 1), judged.judgments());
    }
  }

  /** Means over a set of queries; the zero-result count is a count. */
  public record Summary(
      int queries, double ndcg, double mrr, double precisionAtOne, int zeroResults) {

    static Summary of(List<QueryResult> results) {
      return new Summary(
          results.size(),
          mean(results, QueryResult::ndcg),
          mean(results, QueryResult::reciprocalRank),
          mean(results, QueryResult::precisionAtOne),
          (int) results.stream().filter(QueryResult::zeroResults).count());
    }

    private static double mean(List<QueryResult> results, ToDoubleFunction<QueryResult> measure) {
      return results.stream().mapToDouble(measure).average().orElse(0);
    }
  }

  /** The means over every query. */
  public Summary overall() {
    return Summary.of(results);
  }

  /** The means over the queries of one category (zero queries when it has none). */
  public Summary of(Category category) {
    return Summary.of(results.stream().filter(r -> r.judged().category() == category).toList());
  }

  /** The means of each category that has queries, in the order of {@link Category}. */
  public Map<Category, Summary> byCategory() {
    Map<Category, Summary> summaries = new EnumMap<>(Category.class);
    for (Category category : Category.values()) {
      Summary summary = of(category);
      if (summary.queries() > 0) {
        summaries.put(category, summary);
      }
    }
    return summaries;
  }

  /** The {@code n} queries with the lowest nDCG (then reciprocal rank, then id). */
  public List<QueryResult> worst(int n) {
    return results.stream()
        .sorted(
            Comparator.comparingDouble(QueryResult::ndcg)
                .thenComparingDouble(QueryResult::reciprocalRank)
                .thenComparing(r -> r.judged().id()))
        .limit(n)
        .toList();
  }
}
