package dev.meshlens.indexer.search;

import dev.meshlens.catalog.CatalogStore;
import dev.meshlens.catalog.EntityType;
import dev.meshlens.catalog.Urn;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Ranking signals read from the store: each dataset's usage events over 30 days and its latest
 * health score (from the store's health snapshots), kept as a snapshot that {@link #refresh()}
 * rebuilds (the search index refreshes it after catching up and when it is older than {@link
 * #MAX_AGE}). An asset never scored has no health: its factor stays neutral.
 */
final class StoreRankingSignals implements RankingSignals {

  static final Duration WINDOW = Duration.ofDays(30);
  static final Duration MAX_AGE = Duration.ofMinutes(1);

  private final CatalogStore store;
  private final Clock clock;
  private volatile Map<String, Long> usage = Map.of();
  private volatile Map<String, Double> health = Map.of();
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
    Map<Urn, Double> scores = store.health().latestScores(EntityType.DATASET);
    Map<String, Double> healthByUrn = new HashMap<>(scores.size() * 2);
    scores.forEach((urn, score) -> healthByUrn.put(urn.toString(), score));
    health = healthByUrn;
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
    Double score = health.get(urn);
    return score == null ? OptionalDouble.empty() : OptionalDouble.of(score);
  }

  @Override
  public String toString() {
    return "StoreRankingSignals["
        + usage.size()
        + " datasets used, "
        + health.size()
        + " scored, at "
        + refreshedAt
        + "]";
  }
}
