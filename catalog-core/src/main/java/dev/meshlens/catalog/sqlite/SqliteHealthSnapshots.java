package dev.meshlens.catalog.sqlite;

import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.health.HealthScore;
import dev.meshlens.catalog.health.HealthSnapshots;
import java.util.List;
import java.util.Optional;

/** The SQLite implementation of {@link HealthSnapshots}. */
final class SqliteHealthSnapshots implements HealthSnapshots {
  private final Db db;

  SqliteHealthSnapshots(Db db) {
    this.db = db;
  }

  @Override
  public Optional<HealthScore> latest(Urn urn) {
    return Optional.empty(); // the health work stores snapshots
  }

  @Override
  public List<HealthScore> history(Urn urn, int limit) {
    return List.of();
  }
}
