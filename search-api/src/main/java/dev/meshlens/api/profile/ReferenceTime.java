package dev.meshlens.api.profile;

import dev.meshlens.catalog.CatalogStore;
import java.time.Clock;
import java.time.Instant;

/**
 * The catalog's "now" for profiles: the latest usage event when it is before the clock (a usage log
 * that arrives late, or a sample fixed in time, still shows its numbers), else the clock. The
 * latest event is one index lookup, read for every profile.
 */
final class ReferenceTime {
  private final CatalogStore store;
  private final Clock clock;

  ReferenceTime(CatalogStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  Window window() {
    Instant now = clock.instant();
    return Window.at(store.latestUsage().filter(t -> t.isBefore(now)).orElse(now));
  }
}
