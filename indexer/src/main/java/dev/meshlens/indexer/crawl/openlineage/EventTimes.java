package dev.meshlens.indexer.crawl.openlineage;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Reads OpenLineage event times: ISO-8601 with an offset; without one, UTC is assumed. */
final class EventTimes {
  private EventTimes() {}

  static Instant parse(String text) {
    if (text == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text.trim()).toInstant();
    } catch (DateTimeParseException e) {
      try {
        return LocalDateTime.parse(text.trim()).toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException again) {
        return null;
      }
    }
  }
}
