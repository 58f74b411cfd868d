package dev.meshlens.catalog.health;

import java.util.Arrays;

/**
 * Ranks usage within the mesh: the damped value {@code ln(1 + consumers) + queryWeight * ln(1 +
 * queries)} of a dataset, and its percentile among the damped values of all the mesh's datasets
 * (the share of datasets whose value is at most its own; 0 for an unused dataset). More usage never
 * lowers the percentile.
 */
public final class UsageRanking {
  private final double[] sorted;
  private final int datasets;

  /**
   * @param usedValues the damped values of the datasets with any usage
   * @param datasets how many datasets the mesh has (used or not)
   */
  public UsageRanking(double[] usedValues, int datasets) {
    if (datasets < usedValues.length) {
      throw new IllegalArgumentException(
          "datasets must be >= the used ones, got " + datasets + " < " + usedValues.length);
    }
    this.sorted = usedValues.clone();
    Arrays.sort(sorted);
    this.datasets = datasets;
  }

  public static double damped(long consumers, long queries, double queryWeight) {
    return Math.log1p(consumers) + queryWeight * Math.log1p(queries);
  }

  /** The percentile in [0, 1] of a damped value. */
  public double percentile(double damped) {
    if (damped <= 0 || datasets == 0) {
      return 0;
    }
    int unused = datasets - sorted.length;
    // the count of used values <= damped: the first index holding a larger value
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] <= damped) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return Math.min(1, (double) (unused + lo) / datasets);
  }
}
