package dev.meshlens.catalog;

import java.time.Instant;
import java.util.List;

/**
 * One run of a crawl source, as kept in its history: why it ran ({@code schedule}, {@code manual},
 * {@code cli}, {@code startup}), when it started and ended, how it ended, what it did to assets,
 * the warnings met (at most {@link #MAX_ISSUES} kept, {@code warningCount} counts them all), the
 * error that failed it, and how many attempts it took.
 */
public record CrawlRun(
    long id,
    String source,
    String trigger,
    Instant startedAt,
    Instant endedAt,
    CrawlStatus status,
    AssetCounts counts,
    int warningCount,
    List<RunIssue> warnings,
    String error,
    int attempts) {
  public static final int MAX_ISSUES = 200;

  public CrawlRun {
    if (source == null || source.isBlank()) {
      throw new IllegalArgumentException("source must not be blank");
    }
    counts = counts == null ? AssetCounts.ZERO : counts;
    warnings =
        warnings == null ? List.of() : List.copyOf(warnings.stream().limit(MAX_ISSUES).toList());
  }

  /** This run, finished now with the given outcome. */
  public CrawlRun finish(
      Instant at,
      CrawlStatus outcome,
      AssetCounts finalCounts,
      List<RunIssue> issues,
      String failure,
      int tries) {
    return new CrawlRun(
        id,
        source,
        trigger,
        startedAt,
        at,
        outcome,
        finalCounts,
        issues.size(),
        issues,
        failure,
        tries);
  }
}
