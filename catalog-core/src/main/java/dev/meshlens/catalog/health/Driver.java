package dev.meshlens.catalog.health;

/**
 * A change that would raise a score, with the points it would add ({@code "document 7 undocumented
 * columns of orders"}, 4.2), as computed from the components.
 */
public record Driver(String action, double points) {
  public Driver {
    if (action == null || action.isBlank()) {
      throw new IllegalArgumentException("action must not be blank");
    }
    if (!(points >= 0)) {
      throw new IllegalArgumentException("points must be >= 0, got " + points);
    }
  }
}
