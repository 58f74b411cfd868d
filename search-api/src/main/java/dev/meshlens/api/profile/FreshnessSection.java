package dev.meshlens.api.profile;

import dev.meshlens.catalog.model.Sla;
import java.time.Duration;
import java.time.Instant;

/**
 * When a dataset was last updated (the end of the latest completed run of a job producing it) and
 * how that compares with the freshness its SLA promises at the catalog's "now": {@code on-time},
 * {@code late}, or {@code no-sla} when no SLA states a freshness.
 */
public record FreshnessSection(
    Instant lastUpdate, Instant now, long ageMinutes, Long slaMinutes, String status) {

  static Part<FreshnessSection> of(Instant lastUpdate, Sla sla, Window window) {
    if (lastUpdate == null) {
      return Part.unknown("no completed run of a job producing it is recorded");
    }
    Duration age = Duration.between(lastUpdate, window.now());
    if (age.isNegative()) {
      age = Duration.ZERO;
    }
    Duration promised = sla == null ? null : sla.freshness();
    String status = promised == null ? "no-sla" : age.compareTo(promised) <= 0 ? "on-time" : "late";
    return Part.of(
        new FreshnessSection(
            lastUpdate,
            window.now(),
            age.toMinutes(),
            promised == null ? null : promised.toMinutes(),
            status));
  }
}
