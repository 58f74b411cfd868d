package dev.meshlens.catalog.sqlite;

import dev.meshlens.catalog.EntityType;
import dev.meshlens.catalog.Page;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.health.HealthDetail;
import dev.meshlens.catalog.health.HealthPolicy;
import dev.meshlens.catalog.health.HealthScore;
import dev.meshlens.catalog.health.HealthSnapshots;
import dev.meshlens.catalog.health.LeaderboardQuery;
import dev.meshlens.catalog.health.RecomputeSummary;
import dev.meshlens.catalog.json.AspectCodec;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The SQLite implementation of {@link HealthSnapshots}: tables {@code health_snapshots} and {@code
 * health_days} (see {@code V5__health.sql}). One recompute runs at a time.
 */
final class SqliteHealthSnapshots implements HealthSnapshots {
  private final Db db;
  private final HealthSnapshotTable table;
  private final HealthRecomputation recomputation;
  private final ReentrantLock recomputing = new ReentrantLock();

  SqliteHealthSnapshots(Db db) {
    this.db = db;
    AspectCodec codec = new AspectCodec();
    this.table = new HealthSnapshotTable(codec);
    this.recomputation = new HealthRecomputation(db, codec);
  }

  @Override
  public Optional<HealthScore> latest(Urn urn) {
    return history(urn, 1).stream().findFirst();
  }

  @Override
  public List<HealthScore> history(Urn urn, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be >= 1, got " + limit);
    }
    return db.read(c -> table.history(c, urn, limit));
  }

  @Override
  public Optional<HealthDetail> latestDetail(Urn urn) {
    return db.read(c -> table.detail(c, urn));
  }

  @Override
  public Page<Ranked> leaderboard(LeaderboardQuery query) {
    return db.read(c -> table.leaderboard(c, query));
  }

  @Override
  public Map<Urn, Double> latestScores(EntityType type) {
    return db.read(c -> HealthSnapshotTable.latestScores(c, type));
  }

  @Override
  public Optional<LocalDate> lastRecomputed() {
    long day =
        db.read(c -> AssetReader.scalar(c, "SELECT coalesce(max(day), -1) FROM health_days"));
    return day < 0 ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(day));
  }

  @Override
  public RecomputeSummary recomputeAll(HealthPolicy policy, Instant clock) {
    recomputing.lock();
    try {
      return recomputation.run(policy, clock);
    } finally {
      recomputing.unlock();
    }
  }
}
