package dev.meshlens.catalog.health;

import java.util.Map;

/**
 * One signal of a health score: its name ({@code usage}, {@code freshness}, ...), its weight in the
 * policy, its value in [0, 1] or null when it is unknown (its weight then goes to the known ones),
 * the facts it was computed from and a sentence explaining it.
 */
public record HealthComponent(
    String name, double weight, Double value, Map<String, Object> facts, String explanation) {
  public HealthComponent {
    if (value != null && (value < 0 || value > 1 || value.isNaN())) {
      throw new IllegalArgumentException(name + ": value must be in [0, 1], got " + value);
    }
    facts =
        facts == null
            ? Map.of()
            : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facts));
  }
}
