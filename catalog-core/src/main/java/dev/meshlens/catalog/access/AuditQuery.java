package dev.meshlens.catalog.access;

import java.time.Instant;

/**
 * Which audit entries to list, newest first: those at or after {@code since} (null: all), by {@code
 * actor} (null: anyone), page {@code page} (from 1) of {@code size} (1-500).
 */
public record AuditQuery(Instant since, String actor, int page, int size) {
  public static final int MAX_SIZE = 500;

  public AuditQuery {
    if (page < 1) {
      throw new IllegalArgumentException("page must be >= 1, got " + page);
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException("size must be in [1, " + MAX_SIZE + "], got " + size);
    }
  }
}
