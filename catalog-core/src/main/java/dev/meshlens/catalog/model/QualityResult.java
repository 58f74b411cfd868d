package dev.meshlens.catalog.model;

import dev.meshlens.catalog.EntityType;
import dev.meshlens.catalog.Urn;
import java.time.Instant;

/**
 * The outcome of one execution of a quality check: passed or not, the observed value where the
 * source reports one, the run that executed it and a message.
 */
public record QualityResult(
    Urn dataset,
    String checkId,
    Instant time,
    boolean passed,
    Double observedValue,
    String runId,
    String message) {
  public QualityResult {
    Checks.requireType(dataset, EntityType.DATASET, "dataset");
    Checks.requireText(checkId, "checkId");
    if (time == null) {
      throw new IllegalArgumentException("time must not be null");
    }
  }
}
