package dev.meshlens.catalog.health;

import dev.meshlens.catalog.Urn;
import java.time.Instant;
import java.util.List;

/**
 * The health of one asset (an output port dataset, a product or a domain) as computed at {@code
 * computedAt}: the score on 0-100 (null when no signal is known), its grade, the components it is
 * the weighted mean of, and the cap applied (an open incident, a broken contract), if any.
 */
public record HealthScore(
    Urn urn,
    Instant computedAt,
    Double score,
    String grade,
    List<HealthComponent> components,
    String cap) {
  public HealthScore {
    if (urn == null || computedAt == null) {
      throw new IllegalArgumentException("urn and computedAt must be set");
    }
    if (score != null && (score < 0 || score > 100 || score.isNaN())) {
      throw new IllegalArgumentException("score must be in [0, 100], got " + score);
    }
    components = components == null ? List.of() : List.copyOf(components);
  }
}
