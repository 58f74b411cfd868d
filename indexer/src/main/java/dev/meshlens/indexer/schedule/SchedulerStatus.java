package dev.meshlens.indexer.schedule;

import java.util.List;

/**
 * Every source in force, in the order of the sources file, and why the file as it is now could not
 * be used (null when it could; the sources are then those of the last good version).
 */
public record SchedulerStatus(List<SourceStatus> sources, String configError) {
  public SchedulerStatus {
    sources = List.copyOf(sources);
  }
}
