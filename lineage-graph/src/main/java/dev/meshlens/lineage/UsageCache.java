package dev.meshlens.lineage;

import dev.meshlens.catalog.CatalogStore;
import dev.meshlens.catalog.Urn;
import java.time.Instant;
import java.util.Map;

/** Usage per dataset over the options' window, re-read from the store when stale. */
final class UsageCache {
  private final CatalogStore store;
  private final LineageGraphOptions options;
  private Map<Urn, Long> usage = Map.of();
  private Instant readAt;

  UsageCache(CatalogStore store, LineageGraphOptions options) {
    this.store = store;
    this.options = options;
  }

  /** The usage per dataset, fresh within the refresh interval. */
  synchronized Map<Urn, Long> current() {
    Instant now = options.clock().instant();
    if (readAt == null || !now.isBefore(readAt.plus(options.usageRefresh()))) {
      usage = Map.copyOf(store.usageByDataset(now.minus(options.usageWindow()), now));
      readAt = now;
    }
    return usage;
  }

  /** Forgets what was read, so the next use reads again. */
  synchronized void invalidate() {
    readAt = null;
  }
}
