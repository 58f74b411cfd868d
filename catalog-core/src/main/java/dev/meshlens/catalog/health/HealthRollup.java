package dev.meshlens.catalog.health;

import dev.meshlens.catalog.Urn;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rolls scores up: a product's score is the mean of its output ports' scores (each port capped on
 * its own), a domain's the mean of its products' scores; parts with no score are left out. Each
 * component is the mean of the parts' known values of that signal, with the lowest parts as facts,
 * so the breakdown stays explainable. A part's driver worth {@code p} points to the part is worth
 * {@code p / n} to the whole of {@code n} scored parts.
 */
public final class HealthRollup {
  static final int DRIVERS = 5;
  private static final int LOWEST = 3;

  private final HealthPolicy policy;

  public HealthRollup(HealthPolicy policy) {
    this.policy = policy;
  }

  /** A scored part: its URN and name, signal values, score, cap and drivers. */
  public record Scored(
      Urn urn, String name, SignalValues values, Double score, String cap, List<Driver> drivers) {
    public Scored {
      drivers = drivers == null ? List.of() : List.copyOf(drivers);
    }
  }

  /**
   * The health of {@code urn} made of {@code parts} ({@code partKind} names them in explanations:
   * "output ports", "products").
   */
  public Rolled roll(Urn urn, String name, List<Scored> parts, String partKind, Instant at) {
    List<Scored> scored = parts.stream().filter(p -> p.score() != null).toList();
    Double score =
        scored.isEmpty()
            ? null
            : SignalValues.round1(
                scored.stream().mapToDouble(Scored::score).average().orElseThrow());
    double[] means = new double[Signal.values().length];
    List<HealthComponent> components = new ArrayList<>();
    for (Signal signal : Signal.values()) {
      components.add(component(signal, parts, partKind));
      Double mean = components.getLast().value();
      means[signal.ordinal()] = mean == null ? Double.NaN : mean;
    }
    long capped = scored.stream().filter(p -> p.cap() != null).count();
    String cap =
        capped == 0
            ? null
            : capped
                + " of "
                + parts.size()
                + " "
                + partKind
                + " capped ("
                + firstCap(scored)
                + ")";
    List<Driver> drivers = new ArrayList<>();
    for (Scored part : scored) {
      for (Driver d : part.drivers()) {
        double points = SignalValues.round1(d.points() / scored.size());
        if (points > 0) {
          drivers.add(new Driver(d.action(), points));
        }
      }
    }
    drivers.sort(Comparator.comparingDouble(Driver::points).reversed());
    List<Driver> top = drivers.subList(0, Math.min(DRIVERS, drivers.size()));
    HealthScore health =
        new HealthScore(urn, at, score, policy.grades().of(score), components, cap);
    List<HealthDetail.Part> partList =
        parts.stream()
            .map(p ->
                new HealthDetail.Part(
                    p.urn(), p.name(), p.score(), policy.grades().of(p.score()), p.cap()))
            .toList();
    return new Rolled(
        new HealthDetail(health, top, partList),
        new Scored(urn, name, new SignalValues(means, 100, null), score, cap, top));
  }

  /** The detail to show, and the whole as a part of the next level up. */
  public record Rolled(HealthDetail detail, Scored asPart) {}

  private static String firstCap(List<Scored> parts) {
    return parts.stream()
        .filter(p -> p.cap() != null)
        .map(p -> p.name() + ": " + p.cap())
        .findFirst()
        .orElse("");
  }

  private HealthComponent component(Signal signal, List<Scored> parts, String partKind) {
    List<Scored> known = parts.stream().filter(p -> p.values().value(signal) != null).toList();
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put(partKind.replace(' ', '_'), parts.size());
    facts.put("known", known.size());
    if (known.isEmpty()) {
      return new HealthComponent(
          signal.code(),
          policy.weight(signal),
          null,
          facts,
          "unknown: no " + signal.code() + " known for any of " + parts.size() + " " + partKind);
    }
    double mean = known.stream().mapToDouble(p -> p.values().value(signal)).average().orElseThrow();
    List<Map<String, Object>> lowest = new ArrayList<>();
    known.stream()
        .sorted(Comparator.comparingDouble(p -> p.values().value(signal)))
        .limit(LOWEST)
        .forEach(p -> {
          Map<String, Object> item = new LinkedHashMap<>();
          item.put("urn", p.urn().toString());
          item.put("name", p.name());
          item.put("value", Math.round(p.values().value(signal) * 1000) / 1000.0);
          lowest.add(item);
        });
    facts.put("lowest", lowest);
    String explanation =
        "mean of "
            + known.size()
            + " of "
            + parts.size()
            + " "
            + partKind
            + "; lowest: "
            + lowest.getFirst().get("name")
            + " at "
            + lowest.getFirst().get("value");
    return new HealthComponent(
        signal.code(), policy.weight(signal), Math.min(1, Math.max(0, mean)), facts, explanation);
  }
}
