package dev.meshlens.indexer.crawl.openlineage;

import dev.meshlens.catalog.AspectMerger;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.model.JobLineage;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What the replay remembers of one run: its lineage so far and the inputs already counted. */
final class RunMemory {
  private final Set<Urn> counted = new HashSet<>();
  private JobLineage lineage;

  Set<Urn> counted() {
    return counted;
  }

  /** Adds an event's lineage to the run's and returns the run's lineage so far. */
  JobLineage add(JobLineage more) {
    lineage = lineage == null ? more : (JobLineage) AspectMerger.merge(List.of(more, lineage));
    return lineage;
  }
}
