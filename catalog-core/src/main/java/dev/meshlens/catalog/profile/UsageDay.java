package dev.meshlens.catalog.profile;

import dev.meshlens.catalog.model.UsageEvent.PrincipalKind;
import java.time.Instant;
import java.time.LocalDate;

/** How often one principal used a dataset on one UTC day ({@code day} counted from the epoch). */
public record UsageDay(long day, PrincipalKind kind, String principal, long events) {
  private static final long MILLIS_PER_DAY = 86_400_000L;

  public UsageDay {
    if (kind == null || principal == null || principal.isBlank()) {
      throw new IllegalArgumentException(
          "kind and principal must be set, got " + kind + ", " + principal);
    }
    if (events < 1) {
      throw new IllegalArgumentException("events must be >= 1, got " + events);
    }
  }

  /** The UTC day of an instant, counted from the epoch. */
  public static long dayOf(Instant time) {
    return Math.floorDiv(time.toEpochMilli(), MILLIS_PER_DAY);
  }

  /** The date of a day counted from the epoch. */
  public static LocalDate date(long day) {
    return LocalDate.ofEpochDay(day);
  }
}
