package dev.meshlens.catalog.health;

import dev.meshlens.catalog.EntityType;
import dev.meshlens.catalog.Page;
import dev.meshlens.catalog.Urn;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The dated health snapshots the store keeps: one per scored asset (dataset, product, domain) per
 * day, a recompute the same day replacing the day's snapshot.
 */
public interface HealthSnapshots {

  /**
   * The latest snapshot of an asset, if it was ever scored. A dataset's components carry their
   * values only (its facts are not kept, to keep a million rows a day small); a product's and a
   * domain's carry their facts and explanations.
   */
  Optional<HealthScore> latest(Urn urn);

  /** An asset's snapshots, newest first, at most {@code limit}. */
  List<HealthScore> history(Urn urn, int limit);

  /** The latest detail of a product or a domain (drivers and parts), if it was ever scored. */
  Optional<HealthDetail> latestDetail(Urn urn);

  /** Products or domains with their latest score, in the order asked for. */
  Page<Ranked> leaderboard(LeaderboardQuery query);

  /** The latest score of every asset of a type that has one (for search ranking). */
  Map<Urn, Double> latestScores(EntityType type);

  /** Whether no snapshot was ever written. */
  default boolean isEmpty() {
    return lastRecomputed().isEmpty();
  }

  /** The UTC day of the latest recompute, empty when none ever ran. */
  Optional<LocalDate> lastRecomputed();

  /**
   * Scores every live dataset, product and domain from what the store holds now and writes the
   * day's snapshots (replacing the day's earlier ones), in one write transaction per chunk.
   */
  default RecomputeSummary recomputeAll(HealthPolicy policy) {
    return recomputeAll(policy, Instant.now());
  }

  /**
   * Like {@link #recomputeAll(HealthPolicy)} as at {@code clock}: the snapshots are of its UTC day,
   * and the windows end at the latest usage event or run end when that is before it, else at it.
   */
  RecomputeSummary recomputeAll(HealthPolicy policy, Instant clock);

  /** A product or domain on the leaderboard; score and grade are null when unknown. */
  record Ranked(Urn urn, String name, Urn domain, Double score, String grade) {}
}
