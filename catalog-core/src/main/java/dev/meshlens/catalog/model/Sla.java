package dev.meshlens.catalog.model;

import java.time.Duration;

/**
 * A service-level agreement: the maximum age of the data (freshness), the availability promised in
 * percent, and a free-text description. Unknown parts are null.
 */
public record Sla(Duration freshness, Double availabilityPercent, String description) {
  public Sla {
    if (freshness != null && (freshness.isNegative() || freshness.isZero())) {
      throw new IllegalArgumentException("freshness must be positive, got " + freshness);
    }
    if (availabilityPercent != null && (availabilityPercent < 0 || availabilityPercent > 100)) {
      throw new IllegalArgumentException(
          "availabilityPercent must be in [0, 100], got " + availabilityPercent);
    }
  }
}
