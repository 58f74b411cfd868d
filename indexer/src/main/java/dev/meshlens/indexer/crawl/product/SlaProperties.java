package dev.meshlens.indexer.crawl.product;

import static dev.meshlens.indexer.crawl.support.Nodes.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meshlens.catalog.model.Sla;
import dev.meshlens.indexer.crawl.support.Nodes;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * Reads the {@code slaProperties} of a contract: {@code latency} (or {@code freshness}) is the
 * freshness, {@code availability} the availability in percent; every property is listed in the
 * description.
 */
final class SlaProperties {
  private SlaProperties() {}

  /** The SLA, or null when the contract states none. */
  static Sla sla(JsonNode contract) {
    List<JsonNode> properties = Nodes.array(contract, "slaProperties");
    if (properties.isEmpty()) {
      return null;
    }
    Duration freshness = null;
    Double availability = null;
    StringJoiner description = new StringJoiner("; ");
    for (JsonNode property : properties) {
      String name = String.valueOf(text(property, "property"));
      String value = text(property, "value");
      String unit = text(property, "unit");
      description.add(name + " " + value + (unit == null ? "" : " " + unit));
      switch (name.toLowerCase(Locale.ROOT)) {
        case "latency", "freshness" ->
            freshness = freshness == null ? duration(value, unit) : freshness;
        case "availability" -> availability = availability == null ? percent(value) : availability;
        default -> {
          // listed in the description only
        }
      }
    }
    return new Sla(freshness, availability, description.toString());
  }

  /** A positive duration from a number and an ISO-ish unit (d, h, m, s, w, y), or null. */
  static Duration duration(String value, String unit) {
    if (value == null) {
      return null;
    }
    try {
      double amount = Double.parseDouble(value.trim());
      long seconds = Math.round(amount * unitSeconds(unit == null ? "d" : unit));
      return seconds > 0 ? Duration.ofSeconds(seconds) : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static long unitSeconds(String unit) {
    return switch (unit.trim().toLowerCase(Locale.ROOT)) {
      case "s", "sec", "second", "seconds" -> 1;
      case "m", "min", "minute", "minutes" -> 60;
      case "h", "hr", "hour", "hours" -> 3600;
      case "w", "week", "weeks" -> 7 * 86_400;
      case "y", "yr", "year", "years" -> 365 * 86_400;
      default -> 86_400;
    };
  }

  private static Double percent(String value) {
    if (value == null) {
      return null;
    }
    try {
      double number = Double.parseDouble(value.replace("%", "").trim());
      return number >= 0 && number <= 100 ? number : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
