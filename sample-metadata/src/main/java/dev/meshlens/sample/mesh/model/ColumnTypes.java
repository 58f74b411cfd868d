package dev.meshlens.sample.mesh.model;

import java.util.List;
import java.util.Set;

/** Infers a column's physical (Postgres) and logical (ODCS) type from its name. */
public final class ColumnTypes {
  private static final Set<String> UUID_IDS =
      Set.of("event", "session", "message", "request", "device", "visitor", "trace", "click");
  private static final Set<String> TIMESTAMPS = Set.of("at", "ts", "timestamp", "time");
  private static final Set<String> DATES = Set.of("date", "day", "dob", "month", "week");
  private static final Set<String> FLAGS = Set.of("is", "has", "can", "was", "opted");
  private static final Set<String> MONEY =
      Set.of(
          "amount",
          "price",
          "cost",
          "revenue",
          "spend",
          "value",
          "total",
          "fee",
          "tax",
          "discount",
          "margin",
          "balance",
          "budget",
          "sales",
          "gmv",
          "aov",
          "clv",
          "subtotal",
          "cogs",
          "refund",
          "payout",
          "vat",
          "debit",
          "credit",
          "amt",
          "forecast",
          "actual",
          "variance",
          "charge",
          "surcharge");
  private static final Set<String> RATIOS =
      Set.of(
          "rate",
          "pct",
          "ratio",
          "share",
          "percentage",
          "probability",
          "ctr",
          "cvr",
          "roas",
          "score",
          "accuracy",
          "mape",
          "bias",
          "weight");
  private static final Set<String> COUNTS =
      Set.of(
          "count",
          "qty",
          "quantity",
          "units",
          "days",
          "hours",
          "minutes",
          "seconds",
          "points",
          "rank",
          "position",
          "clicks",
          "impressions",
          "opens",
          "sessions",
          "views",
          "visits",
          "conversions",
          "sends",
          "bounces",
          "orders",
          "items",
          "lines",
          "attempts",
          "stock",
          "weeks",
          "age",
          "year",
          "version",
          "sequence",
          "seq",
          "rating",
          "parcels",
          "pageviews",
          "unsubscribes",
          "complaints",
          "deliveries",
          "returns",
          "tickets",
          "members",
          "hand",
          "capacity",
          "skus",
          "stores",
          "contacts",
          "reach",
          "frequency",
          "index");
  private static final Set<String> MEASURES =
      Set.of(
          "kg",
          "grams",
          "cm",
          "length",
          "width",
          "height",
          "volume",
          "distance",
          "km",
          "m3",
          "sqm");
  private static final Set<String> TEXTS =
      Set.of(
          "description",
          "text",
          "comment",
          "comments",
          "notes",
          "note",
          "body",
          "message",
          "subject",
          "review",
          "summary",
          "content",
          "payload",
          "json",
          "attributes",
          "query",
          "properties",
          "address",
          "agent",
          "error",
          "commentary");
  private static final Set<String> URLS = Set.of("url", "uri", "link", "path", "referrer");

  private ColumnTypes() {}

  /** The lower-case Postgres type for a column name. */
  public static String physicalType(String name) {
    List<String> words = Names.words(name);
    String last = words.get(words.size() - 1);
    String first = words.get(0);
    if (last.equals("sku")) {
      return "varchar(16)";
    }
    if (last.equals("id")) {
      return words.stream().anyMatch(UUID_IDS::contains) ? "uuid" : "bigint";
    }
    if (TIMESTAMPS.contains(last)) {
      return "timestamp";
    }
    if (DATES.contains(last) || name.equals("date_of_birth")) {
      return "date";
    }
    if (FLAGS.contains(first) || last.equals("flag") || last.equals("enabled")) {
      return "boolean";
    }
    return valueType(words, last);
  }

  private static String valueType(List<String> words, String last) {
    if (words.contains("points") || words.contains("nps")) {
      return "integer";
    }
    if (last.equals("latitude") || last.equals("longitude") || last.equals("lat")) {
      return "numeric(9,6)";
    }
    if (MONEY.contains(last)) {
      return "numeric(12,2)";
    }
    if (RATIOS.contains(last)) {
      return "numeric(7,4)";
    }
    if (COUNTS.contains(last)) {
      return "integer";
    }
    if (MEASURES.contains(last)) {
      return "numeric(9,3)";
    }
    return stringType(words, last);
  }

  private static String stringType(List<String> words, String last) {
    if (last.equals("email")) {
      return "varchar(320)";
    }
    if (last.equals("phone") || last.equals("mobile")) {
      return "varchar(30)";
    }
    if (URLS.contains(last)) {
      return "varchar(500)";
    }
    if (TEXTS.contains(last)) {
      return "text";
    }
    if (last.equals("code")) {
      if (words.contains("country")) {
        return "varchar(2)";
      }
      return words.contains("currency") ? "varchar(3)" : "varchar(12)";
    }
    if (last.equals("name") || last.equals("title") || last.equals("city")) {
      return "varchar(200)";
    }
    if (last.equals("number") || last.equals("reference") || last.equals("ref")) {
      return "varchar(24)";
    }
    return last.length() <= 2 ? "varchar(12)" : "varchar(40)";
  }

  /** The ODCS logical type of a physical type. */
  public static String logicalType(String physicalType) {
    String type = physicalType.replaceAll("\\(.*", "");
    return switch (type) {
      case "bigint", "integer", "smallint" -> "integer";
      case "numeric", "double precision", "real" -> "number";
      case "timestamp" -> "timestamp";
      case "date" -> "date";
      case "boolean" -> "boolean";
      default -> "string";
    };
  }
}
