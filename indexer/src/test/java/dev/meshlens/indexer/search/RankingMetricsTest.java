package dev.meshlens.indexer.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The measures against examples computed by hand (values to 1e-9 from a calculator). */
class RankingMetricsTest {
  static final Map<String, Integer> JUDGED = Map.of("a", 3, "c", 2, "d", 1);

  @Test
  void gain_is_two_to_the_grade_minus_one() {
    assertThat(RankingMetrics.gain(0)).isZero();
    assertThat(RankingMetrics.gain(1)).isEqualTo(1);
    assertThat(RankingMetrics.gain(2)).isEqualTo(3);
    assertThat(RankingMetrics.gain(3)).isEqualTo(7);
  }

  @Test
  void dcg_discounts_by_log2_of_rank_plus_one() {
    // 7/log2(2) + 0/log2(3) + 3/log2(4) = 7 + 0 + 1.5
    assertThat(RankingMetrics.dcg(List.of(3, 0, 2), 10)).isCloseTo(8.5, within(1e-9));
    assertThat(RankingMetrics.dcg(List.of(3, 0, 2), 1)).as("cut at k").isEqualTo(7);
    assertThat(RankingMetrics.dcg(List.of(), 10)).isZero();
  }

  @Test
  void ndcg_divides_by_the_ideal_ranking_of_every_judged_asset() {
    // ideal [3, 2, 1]: 7 + 3/log2(3) + 1/log2(4) = 9.392789260714373
    assertThat(RankingMetrics.ndcg(List.of("a", "x", "c"), JUDGED, 10))
        .isCloseTo(8.5 / 9.392789260714373, within(1e-9))
        .isCloseTo(0.904949505846, within(1e-9));
    // [d, c, a]: 1 + 3/log2(3) + 7/log2(4) = 6.392789...
    assertThat(RankingMetrics.ndcg(List.of("d", "c", "a"), JUDGED, 10))
        .isCloseTo(0.680606056760, within(1e-9));
    assertThat(RankingMetrics.ndcg(List.of("a", "c", "d", "x"), JUDGED, 10)).isEqualTo(1);
  }

  @Test
  void ndcg_is_zero_without_judged_results_and_counts_only_the_first_k() {
    assertThat(RankingMetrics.ndcg(List.of(), JUDGED, 10)).isZero();
    assertThat(RankingMetrics.ndcg(List.of("x", "y"), JUDGED, 10)).isZero();
    List<String> tenthIsJudged = List.of("x1", "x2", "x3", "x4", "x5", "x6", "x7", "x8", "x9", "a");
    // 7/log2(11) over an ideal of 7: 1/log2(11)
    assertThat(RankingMetrics.ndcg(tenthIsJudged, Map.of("a", 3), 10))
        .isCloseTo(0.289064826318, within(1e-9));
    assertThat(RankingMetrics.ndcg(tenthIsJudged, Map.of("a", 3), 9)).isZero();
  }

  @Test
  void reciprocal_rank_looks_for_the_top_judged_grade() {
    assertThat(RankingMetrics.reciprocalRank(List.of("c", "x", "a"), JUDGED, 10))
        .as("the answer (3) is third; the grade-2 result before it does not count")
        .isCloseTo(1.0 / 3, within(1e-9));
    assertThat(RankingMetrics.reciprocalRank(List.of("d", "c"), Map.of("c", 2, "d", 1), 10))
        .as("without an answer graded 3, the highest grade judged is the target")
        .isEqualTo(0.5);
    assertThat(RankingMetrics.reciprocalRank(List.of("c", "d"), JUDGED, 10)).isZero();
    assertThat(RankingMetrics.reciprocalRank(List.of("x", "a"), JUDGED, 1)).isZero();
    assertThat(RankingMetrics.reciprocalRank(List.of(), JUDGED, 10)).isZero();
  }

  @Test
  void precision_at_one_needs_a_first_result_graded_two_or_more() {
    assertThat(RankingMetrics.precisionAtOne(List.of("a"), JUDGED)).isEqualTo(1);
    assertThat(RankingMetrics.precisionAtOne(List.of("c", "x"), JUDGED)).isEqualTo(1);
    assertThat(RankingMetrics.precisionAtOne(List.of("d", "a"), JUDGED)).isZero();
    assertThat(RankingMetrics.precisionAtOne(List.of("x", "a"), JUDGED)).isZero();
    assertThat(RankingMetrics.precisionAtOne(List.of(), JUDGED)).isZero();
  }
}
