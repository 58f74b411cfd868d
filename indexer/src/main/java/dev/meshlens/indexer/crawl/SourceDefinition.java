package dev.meshlens.indexer.crawl;

import dev.meshlens.indexer.schedule.CronSchedule;
import java.util.Optional;

/**
 * A source as configured in a sources file: what to read and when, a 5-field UNIX cron expression
 * checked here; null means the source runs only on request.
 */
public record SourceDefinition(SourceSpec spec, String schedule) {
  public SourceDefinition {
    if (spec == null) {
      throw new IllegalArgumentException("spec must not be null");
    }
    if (schedule != null) {
      schedule = CronSchedule.parse(schedule).expression();
    }
  }

  public String name() {
    return spec.name();
  }

  /** The parsed schedule, empty for a source run only on request. */
  public Optional<CronSchedule> cron() {
    return schedule == null ? Optional.empty() : Optional.of(CronSchedule.parse(schedule));
  }
}
