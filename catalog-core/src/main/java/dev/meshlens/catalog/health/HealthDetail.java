package dev.meshlens.catalog.health;

import dev.meshlens.catalog.Urn;
import java.util.List;

/**
 * The health of a product or a domain with what it is made of: its score (components averaged over
 * the parts), the drivers (the changes that would raise it most) and its parts (a product's output
 * ports, a domain's products) with their own scores.
 */
public record HealthDetail(HealthScore score, List<Driver> drivers, List<Part> parts) {
  public HealthDetail {
    if (score == null) {
      throw new IllegalArgumentException("score must be set");
    }
    drivers = drivers == null ? List.of() : List.copyOf(drivers);
    parts = parts == null ? List.of() : List.copyOf(parts);
  }

  /** A part (an output port dataset or a product), its score and grade (null when unknown). */
  public record Part(Urn urn, String name, Double score, String grade, String cap) {
    public Part {
      if (urn == null || name == null) {
        throw new IllegalArgumentException("urn and name must be set");
      }
    }
  }
}
