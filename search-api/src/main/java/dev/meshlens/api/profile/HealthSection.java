package dev.meshlens.api.profile;

import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.health.HealthComponent;
import dev.meshlens.catalog.health.HealthScore;
import dev.meshlens.catalog.health.HealthSnapshots;
import java.time.Instant;
import java.util.List;

/** The latest health score with its breakdown, and the scores before it. */
public record HealthSection(
    Double score,
    String grade,
    Instant computedAt,
    String cap,
    List<HealthComponent> components,
    List<Point> history) {
  static final int HISTORY = 10;

  /** An earlier score. */
  public record Point(Instant computedAt, Double score, String grade) {}

  static Part<HealthSection> of(HealthSnapshots health, Urn urn) {
    HealthScore latest = health.latest(urn).orElse(null);
    if (latest == null) {
      return Part.unknown("not scored yet");
    }
    List<Point> history =
        health.history(urn, HISTORY).stream()
            .map(h -> new Point(h.computedAt(), h.score(), h.grade()))
            .toList();
    return Part.of(
        new HealthSection(
            latest.score(),
            latest.grade(),
            latest.computedAt(),
            latest.cap(),
            latest.components(),
            history));
  }
}
