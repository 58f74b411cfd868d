package dev.meshlens.indexer.search;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Measures of one ranked list of asset URNs against graded judgments (URN to grade, 1 to 3; an
 * unjudged URN has grade 0). Only the first {@code k} results count.
 */
final class RankingMetrics {

  /** The lowest grade that counts as a good first result for P@1. */
  static final int GOOD_GRADE = 2;

  private static final double LN_2 = Math.log(2);

  private RankingMetrics() {}

  /** The gain of a result of this grade: {@code 2^grade - 1}. */
  static double gain(int grade) {
    return Math.pow(2, grade) - 1;
  }

  /**
   * Discounted cumulative gain of grades in rank order over the first {@code k}: the sum of {@code
   * gain(grade) / log2(rank + 1)}, ranks counted from 1.
   */
  static double dcg(List<Integer> grades, int k) {
    double sum = 0;
    for (int i = 0; i < Math.min(k, grades.size()); i++) {
      sum += gain(grades.get(i)) / (Math.log(i + 2) / LN_2);
    }
    return sum;
  }

  /**
   * Normalized DCG at {@code k}: the ranking's DCG divided by that of the ideal ranking, all judged
   * assets in decreasing grade. 1 for an ideal ranking, 0 when nothing judged is in the first k (or
   * nothing is judged at all).
   */
  static double ndcg(List<String> ranked, Map<String, Integer> judgments, int k) {
    double ideal = dcg(judgments.values().stream().sorted(Comparator.reverseOrder()).toList(), k);
    return ideal == 0 ? 0 : dcg(grades(ranked, judgments), k) / ideal;
  }

  /**
   * The reciprocal rank of the first result in the first {@code k} whose grade is the top grade
   * judged for the query (3 when the query has an answer judged 3, else the highest grade given); 0
   * when none is there.
   */
  static double reciprocalRank(List<String> ranked, Map<String, Integer> judgments, int k) {
    int top =
        judgments.values().stream().mapToInt(Integer::intValue).max().orElse(Integer.MAX_VALUE);
    for (int i = 0; i < Math.min(k, ranked.size()); i++) {
      if (grade(ranked.get(i), judgments) == top) {
        return 1.0 / (i + 1);
      }
    }
    return 0;
  }

  /** Precision at 1: 1 when the first result has grade {@value #GOOD_GRADE} or more, else 0. */
  static double precisionAtOne(List<String> ranked, Map<String, Integer> judgments) {
    return !ranked.isEmpty() && grade(ranked.getFirst(), judgments) >= GOOD_GRADE ? 1 : 0;
  }

  /** The grades of the ranked URNs, in rank order. */
  static List<Integer> grades(List<String> ranked, Map<String, Integer> judgments) {
    return ranked.stream().map(urn -> grade(urn, judgments)).toList();
  }

  static int grade(String urn, Map<String, Integer> judgments) {
    return judgments.getOrDefault(urn, 0);
  }
}
