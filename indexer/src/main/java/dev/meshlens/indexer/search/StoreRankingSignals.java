package dev.meshlens.indexer.search;

import dev.meshlens.catalog.CatalogStore;
import dev.meshlens.catalog.Urn;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Ranking signals read from the store: each dataset's usage events over 30 days, kept as a snapshot
 * that {@link #refresh()} rebuilds (the search index refreshes it after catching up and when it is
 * older than {@link #MAX_AGE}). Health is not known yet: the health scores hook in here.
 */
final class StoreRankingSignals implements RankingSignals {

  static final Duration WINDOW = Duration.ofDays(30);
  static final Duration MAX_AGE = Duration.ofMinutes(1);

  private final CatalogStore store;
  private final Clock clock;
  private volatile Map<String, Long> usage = Map.of();
  private volatile Instant refreshedAt = Instant.EPOCH;

  StoreRankingSignals(CatalogStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /**
   * Reloads the usage snapshot: the 30 days up to the latest usage event recorded (not up to now,
   * so a usage log that arrives late, or a fixed sample, still counts in full).
   */
  void refresh() {
    Instant now = clock.instant();
    Instant end = store.latestUsage().filter(t -> t.isBefore(now)).orElse(now).plusMillis(1);
    Map<Urn, Long> counts = store.usageByDataset(end.minus(WINDOW), end);
    Map<String, Long> byUrn = new HashMap<>(counts.size() * 2);
    counts.forEach((urn, count) -> byUrn.put(urn.toString(), count));
    usage = byUrn;
    refreshedAt = now;
  }

  /** Whether the snapshot is older than {@link #MAX_AGE}. */
  boolean stale() {
    return refreshedAt.plus(MAX_AGE).isBefore(clock.instant());
  }

  @Override
  public long usage(String urn) {
    return usage.getOrDefault(urn, 0L);
  }

  @Override
  public OptionalDouble health(String urn) {
    return OptionalDouble.empty();
  }

  @Override
  public String toString() {
    return "StoreRankingSignals[" + usage.size() + " datasets used, at " + refreshedAt + "]";
  }
}
