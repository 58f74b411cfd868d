package dev.meshlens.catalog.health;

import dev.meshlens.catalog.Urn;
import java.util.List;
import java.util.Optional;

/** The dated health snapshots the store keeps, newest last in time. */
public interface HealthSnapshots {

  /** The latest snapshot of an asset, if it was ever scored. */
  Optional<HealthScore> latest(Urn urn);

  /** An asset's snapshots, newest first, at most {@code limit}. */
  List<HealthScore> history(Urn urn, int limit);
}
