package dev.meshlens.api.profile;

import dev.meshlens.catalog.profile.UsageDay;
import java.time.Instant;

/**
 * The time a profile is computed at: {@code now} (the latest usage event when it is before the
 * clock, else the clock) and the UTC day it falls on. "The last 30 days" are the 30 UTC days that
 * end with that day, the day included; the 30 before them are the previous period of the trend.
 */
record Window(Instant now, long today) {
  static final int SHORT_DAYS = 30;
  static final int LONG_DAYS = 90;

  static Window at(Instant now) {
    return new Window(now, UsageDay.dayOf(now));
  }

  /** The first day of the last {@code days} days. */
  long from(int days) {
    return today - days + 1;
  }
}
