package dev.meshlens.indexer.schedule;

import dev.meshlens.indexer.crawl.SourceDefinition;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sources in force and when each runs next. A run missed while the process was down or busy is
 * made up once, not once per missed time. Not thread-safe: the scheduler calls it under its lock.
 */
final class Timetable {
  private static final Logger LOG = LoggerFactory.getLogger(Timetable.class);

  /** A source and its next scheduled time (null: it runs only on request). */
  record Entry(SourceDefinition definition, Instant nextRunAt) {}

  private final ZoneId zone;
  private Map<String, Entry> entries = new LinkedHashMap<>();

  Timetable(ZoneId zone) {
    this.zone = zone;
  }

  /**
   * Puts {@code definitions} in force: a source whose schedule is unchanged keeps its next time,
   * others get one from {@code now}; sources no longer defined are dropped.
   */
  void replace(List<SourceDefinition> definitions, Instant now) {
    Map<String, Entry> next = new LinkedHashMap<>();
    for (SourceDefinition definition : definitions) {
      Entry old = entries.get(definition.name());
      boolean sameSchedule =
          old != null && Objects.equals(old.definition().schedule(), definition.schedule());
      next.put(
          definition.name(),
          new Entry(definition, sameSchedule ? old.nextRunAt() : nextAfter(definition, now)));
    }
    List<String> added = next.keySet().stream().filter(n -> !entries.containsKey(n)).toList();
    List<String> removed = entries.keySet().stream().filter(n -> !next.containsKey(n)).toList();
    if (!entries.isEmpty() && (!added.isEmpty() || !removed.isEmpty())) {
      LOG.info("Sources changed: added {}, no longer scheduled {}", added, removed);
    }
    entries = next;
  }

  /** The sources due at {@code now}; each gets its next time after {@code now}. */
  List<SourceDefinition> due(Instant now) {
    List<SourceDefinition> due = new ArrayList<>();
    for (Entry entry : List.copyOf(entries.values())) {
      if (entry.nextRunAt() != null && !now.isBefore(entry.nextRunAt())) {
        due.add(entry.definition());
        entries.put(
            entry.definition().name(),
            new Entry(entry.definition(), nextAfter(entry.definition(), now)));
      }
    }
    return due;
  }

  Optional<Entry> find(String name) {
    return Optional.ofNullable(entries.get(name));
  }

  List<Entry> entries() {
    return List.copyOf(entries.values());
  }

  List<String> names() {
    return List.copyOf(entries.keySet());
  }

  private Instant nextAfter(SourceDefinition definition, Instant now) {
    return definition.cron().flatMap(cron -> cron.nextAfter(now, zone)).orElse(null);
  }
}
