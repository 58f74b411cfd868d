package dev.meshlens.sample.bench;

/**
 * One line of a benchmark table: the metric, our figure, the baseline's, their ratio, the target
 * and the result (PASS, MISS, or empty when the line has no target).
 */
public record BenchRow(
    String metric, String ours, String baseline, String ratio, String target, String result) {

  /** A line without a target. */
  public static BenchRow of(String metric, String ours, String baseline, String ratio) {
    return new BenchRow(metric, ours, baseline, ratio, "", "");
  }
}
