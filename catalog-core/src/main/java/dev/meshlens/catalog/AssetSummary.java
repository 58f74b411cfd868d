package dev.meshlens.catalog;

import java.time.Instant;

/** An asset as listed: identity, display name, domain and product, and whether it is deleted. */
public record AssetSummary(
    Urn urn, String name, Urn domain, Urn product, boolean deleted, Instant updatedAt) {
  public EntityType type() {
    return urn.type();
  }
}
