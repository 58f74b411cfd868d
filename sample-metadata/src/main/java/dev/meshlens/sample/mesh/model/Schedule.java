package dev.meshlens.sample.mesh.model;

import java.util.Locale;

/**
 * When a job runs: daily at a time of day (UTC) or hourly at a minute past the hour.
 *
 * @param hourly whether the job runs every hour
 * @param hour the hour of day for daily jobs
 * @param minute the minute
 */
public record Schedule(boolean hourly, int hour, int minute) {
  public Schedule {
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59) {
      throw new IllegalArgumentException(
          "Invalid schedule time: hour must be in [0,23], minute in [0,59]; got: "
              + hour
              + ":"
              + minute);
    }
  }

  /** Parses {@code HH:MM} (daily) or {@code hourly:MM}. */
  public static Schedule parse(String text) {
    String value = text.trim();
    if (value.startsWith("hourly:")) {
      return new Schedule(true, 0, Integer.parseInt(value.substring(7)));
    }
    String[] parts = value.split(":", -1);
    if (parts.length != 2) {
      throw new IllegalArgumentException("Invalid schedule, expected HH:MM or hourly:MM: " + text);
    }
    return new Schedule(false, Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
  }

  /** The five-field cron expression. */
  public String cron() {
    return hourly
        ? String.format(Locale.ROOT, "%d * * * *", minute)
        : String.format(Locale.ROOT, "%d %d * * *", minute, hour);
  }
}
