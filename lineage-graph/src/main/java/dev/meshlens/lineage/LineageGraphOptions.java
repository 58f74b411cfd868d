package dev.meshlens.lineage;

import java.time.Clock;
import java.time.Duration;

/**
 * How a {@link LineageGraph} answers: the time budget of one query (a walk past it answers
 * partially and says so), the window usage is counted over for impact ordering, how often usage is
 * re-read from the store, and the clock.
 */
public record LineageGraphOptions(
    Duration queryBudget, Duration usageWindow, Duration usageRefresh, Clock clock) {
  public static final Duration DEFAULT_QUERY_BUDGET = Duration.ofMillis(500);

  public LineageGraphOptions {
    if (queryBudget == null || queryBudget.isNegative() || queryBudget.isZero()) {
      throw new IllegalArgumentException("queryBudget must be positive; got: " + queryBudget);
    }
    if (queryBudget.compareTo(Duration.ofSeconds(1)) > 0) {
      throw new IllegalArgumentException("queryBudget must be at most 1 s; got: " + queryBudget);
    }
    if (usageWindow == null || usageWindow.isNegative() || usageWindow.isZero()) {
      throw new IllegalArgumentException("usageWindow must be positive; got: " + usageWindow);
    }
    if (usageRefresh == null || usageRefresh.isNegative()) {
      throw new IllegalArgumentException("usageRefresh must be >= 0; got: " + usageRefresh);
    }
    if (clock == null) {
      throw new IllegalArgumentException("clock must not be null");
    }
  }

  /** A 500 ms budget, usage over 30 days re-read every 5 minutes, the system clock. */
  public static LineageGraphOptions defaults() {
    return new LineageGraphOptions(
        DEFAULT_QUERY_BUDGET, Duration.ofDays(30), Duration.ofMinutes(5), Clock.systemUTC());
  }

  public LineageGraphOptions withClock(Clock clock) {
    return new LineageGraphOptions(queryBudget, usageWindow, usageRefresh, clock);
  }

  public LineageGraphOptions withQueryBudget(Duration queryBudget) {
    return new LineageGraphOptions(queryBudget, usageWindow, usageRefresh, clock);
  }
}
