package dev.meshlens.api.scores;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.meshlens.catalog.health.Driver;
import dev.meshlens.catalog.health.HealthComponent;
import dev.meshlens.catalog.health.HealthDetail;
import dev.meshlens.catalog.health.HealthScore;
import dev.meshlens.catalog.health.HealthSnapshots.Ranked;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/** The JSON shapes of the health routes. */
final class HealthViews {
  private HealthViews() {}

  /** A score and its grade, both null when unknown. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record Grade(Double score, String grade) {}

  /** One signal of a score. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record Component(
      String name, double weight, Double value, Map<String, Object> facts, String explanation) {
    static Component of(HealthComponent c) {
      return new Component(c.name(), c.weight(), c.value(), c.facts(), c.explanation());
    }
  }

  /** One day of history. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record Day(LocalDate date, Double score, String grade) {
    static Day of(HealthScore s) {
      return new Day(LocalDate.ofInstant(s.computedAt(), ZoneOffset.UTC), s.score(), s.grade());
    }
  }

  /** A part of the whole: an output port of a product, a product of a domain. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record Part(String urn, String name, Double score, String grade, String cap) {
    static Part of(HealthDetail.Part p) {
      return new Part(p.urn().toString(), p.name(), p.score(), p.grade(), p.cap());
    }
  }

  /** {@code GET /api/v1/products/<urn>/health}. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record ProductHealth(
      String urn,
      String name,
      Double score,
      String grade,
      String cap,
      List<Component> components,
      List<Day> history,
      List<Driver> drivers,
      List<Part> ports) {}

  /** {@code GET /api/v1/domains/<domain>/health}. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record DomainHealth(
      String urn,
      String name,
      Double score,
      String grade,
      String cap,
      List<Component> components,
      List<Day> history,
      List<Driver> drivers,
      List<Part> products) {}

  /** A leaderboard page. */
  record Board(long total, int page, int size, List<Entry> items) {}

  /** A product or a domain on a leaderboard. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record Entry(String urn, String name, String domain, Grade health) {
    static Entry of(Ranked r) {
      return new Entry(
          r.urn().toString(),
          r.name(),
          r.domain() == null ? null : r.domain().toString(),
          new Grade(r.score(), r.grade()));
    }
  }

  /** What {@code POST /api/v1/health/recompute} did. */
  record Recomputed(
      LocalDate day, int datasets, int products, int domains, long rows, long millis) {}
}
