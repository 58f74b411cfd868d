package dev.meshlens.api.bench;

import java.util.Arrays;

/** A summary of latencies in nanoseconds: how many, the median, the 99th percentile, the most. */
record Latencies(int count, long p50, long p99, long max) {

  static Latencies of(long[] nanos) {
    if (nanos.length == 0) {
      return new Latencies(0, 0, 0, 0);
    }
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return new Latencies(
        sorted.length, rank(sorted, 0.50), rank(sorted, 0.99), sorted[sorted.length - 1]);
  }

  /** The nearest-rank percentile: the smallest value at least {@code p} of the values reach. */
  private static long rank(long[] sorted, double p) {
    int rank = (int) Math.ceil(p * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
  }

  double p50Millis() {
    return p50 / 1e6;
  }

  double p99Millis() {
    return p99 / 1e6;
  }

  double maxMillis() {
    return max / 1e6;
  }
}
