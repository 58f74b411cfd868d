package dev.meshlens.api.profile;

import dev.meshlens.catalog.model.UsageEvent.PrincipalKind;
import dev.meshlens.catalog.profile.UsageDay;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How a dataset is used: events, distinct users (people) and jobs over the last 30 and 90 days, the
 * daily series of the last 30 days (every day, zeros included), the top consumers over 90 days and
 * the trend (the last 30 days against the 30 before). {@code truncated} says that more
 * principal-days than a profile reads were recorded, so the 90-day figures are lower bounds.
 */
public record UsageSection(
    Period last30Days,
    Period last90Days,
    List<Day> daily,
    List<Consumer> topConsumers,
    Trend trend,
    boolean truncated) {
  /** Principal-days a profile reads at most. */
  static final int MAX_ROWS = 20_000;

  static final int TOP = 5;

  /** Events, distinct people and distinct jobs in a period. */
  public record Period(long events, int users, int jobs) {}

  /** One day of the series. */
  public record Day(LocalDate date, long events, int users, int jobs) {}

  /** A principal and how often it used the dataset over 90 days. */
  public record Consumer(String principal, String kind, long events) {}

  /**
   * The last 30 days against the 30 before: {@code up} or {@code down} past a tenth, else {@code
   * flat}; {@code new} when nothing was used before; {@code changePercent} null then.
   */
  public record Trend(String direction, long previous30Days, Double changePercent) {}

  /** The section from a dataset's principal-days of the 90 days that end {@code window}. */
  static Part<UsageSection> of(List<UsageDay> rows, Window window) {
    if (rows.isEmpty()) {
      return Part.unknown("no usage recorded in the last " + Window.LONG_DAYS + " days");
    }
    long from30 = window.from(Window.SHORT_DAYS);
    long from60 = window.from(2 * Window.SHORT_DAYS);
    Counter last30 = new Counter();
    Counter last90 = new Counter();
    long previous = 0;
    Map<Long, Counter> days = new HashMap<>();
    Map<String, Consumer> consumers = new HashMap<>();
    for (UsageDay row : rows) {
      last90.add(row);
      consumers.merge(
          row.kind() + ":" + row.principal(),
          new Consumer(row.principal(), code(row.kind()), row.events()),
          (a, b) -> new Consumer(a.principal(), a.kind(), a.events() + b.events()));
      if (row.day() >= from30) {
        last30.add(row);
        days.computeIfAbsent(row.day(), d -> new Counter()).add(row);
      } else if (row.day() >= from60) {
        previous += row.events();
      }
    }
    List<Day> daily = new ArrayList<>(Window.SHORT_DAYS);
    for (long day = from30; day <= window.today(); day++) {
      Counter c = days.getOrDefault(day, new Counter());
      daily.add(new Day(UsageDay.date(day), c.events, c.users.size(), c.jobs.size()));
    }
    List<Consumer> top =
        consumers.values().stream()
            .sorted(
                Comparator.comparingLong(Consumer::events)
                    .reversed()
                    .thenComparing(Consumer::principal))
            .limit(TOP)
            .toList();
    return Part.of(
        new UsageSection(
            last30.period(),
            last90.period(),
            daily,
            top,
            trend(last30.events, previous),
            rows.size() >= MAX_ROWS));
  }

  static Trend trend(long current, long previous) {
    if (previous == 0) {
      return new Trend(current == 0 ? "flat" : "new", 0, null);
    }
    double change = 100.0 * (current - previous) / previous;
    String direction = change > 10 ? "up" : change < -10 ? "down" : "flat";
    return new Trend(direction, previous, Math.round(change * 10) / 10.0);
  }

  private static String code(PrincipalKind kind) {
    return kind == PrincipalKind.USER ? "user" : "job";
  }

  /** Events and distinct principals of some principal-days. */
  private static final class Counter {
    long events;
    final Set<String> users = new HashSet<>();
    final Set<String> jobs = new HashSet<>();

    void add(UsageDay row) {
      events += row.events();
      (row.kind() == PrincipalKind.USER ? users : jobs).add(row.principal());
    }

    Period period() {
      return new Period(events, users.size(), jobs.size());
    }
  }
}
