package dev.meshlens.api.profile;

import dev.meshlens.catalog.CatalogStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The catalog's "now" for profiles: the latest usage event when it is before the clock (a usage log
 * that arrives late, or a sample fixed in time, still shows its numbers), else the clock. Finding
 * the latest event reads the whole usage table, so it is kept for {@link #MAX_AGE} and re-read when
 * older; after a change to the catalog it is re-read at most once a {@link #MIN_AGE}.
 */
final class ReferenceTime {
  static final Duration MAX_AGE = Duration.ofSeconds(10);
  static final Duration MIN_AGE = Duration.ofSeconds(1);

  private final CatalogStore store;
  private final Clock clock;
  private Instant latestUsage;
  private Instant readAt;
  private boolean changed;

  ReferenceTime(CatalogStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
    store.addChangeListener(sequence -> stale());
  }

  synchronized Window window() {
    Instant now = clock.instant();
    if (readAt == null
        || readAt.plus(MAX_AGE).isBefore(now)
        || (changed && readAt.plus(MIN_AGE).isBefore(now))) {
      latestUsage = store.latestUsage().orElse(null);
      readAt = now;
      changed = false;
    }
    return Window.at(latestUsage != null && latestUsage.isBefore(now) ? latestUsage : now);
  }

  private synchronized void stale() {
    changed = true;
  }
}
