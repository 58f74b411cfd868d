package dev.meshlens.catalog.model;

import dev.meshlens.catalog.EntityType;
import dev.meshlens.catalog.Urn;
import java.time.Instant;

/**
 * One use of a dataset: a person's query or a job run reading it. {@code query} is the query text
 * where the log has it.
 */
public record UsageEvent(
    Instant time, Urn dataset, String principal, PrincipalKind principalKind, String query) {
  public UsageEvent {
    if (time == null) {
      throw new IllegalArgumentException("time must not be null");
    }
    Checks.requireType(dataset, EntityType.DATASET, "dataset");
    Checks.requireText(principal, "principal");
    if (principalKind == null) {
      throw new IllegalArgumentException("principalKind must not be null");
    }
  }

  /** Who used the data: a person or a job. */
  public enum PrincipalKind {
    USER,
    JOB
  }
}
