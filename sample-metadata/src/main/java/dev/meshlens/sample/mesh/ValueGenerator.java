package dev.meshlens.sample.mesh;

import dev.meshlens.sample.mesh.ValuePools.Customer;
import dev.meshlens.sample.mesh.model.Column;
import dev.meshlens.sample.mesh.model.Names;
import dev.meshlens.sample.mesh.model.Vocabulary;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

/** Believable values for one column, from its name and type, drawn from a seeded random. */
final class ValueGenerator {
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT).withZone(ZoneOffset.UTC);

  private static final String AGGREGATE =
      ".*(daily|monthly|weekly|balances|forecast|budget|summary).*";

  private final ValuePools pools;
  private final Instant anchor;
  private final TextValues texts;

  ValueGenerator(ValuePools pools, Instant anchor) {
    this.pools = pools;
    this.anchor = anchor;
    this.texts = new TextValues(pools);
  }

  /** A value for a column; the row's customer keeps names, e-mail and customer id together. */
  Object value(Column column, String table, Customer customer, Random random) {
    String name = column.name();
    String key = String.join("_", Names.words(name));
    if (!column.required() && random.nextDouble() < nullShare(key)) {
      return null;
    }
    Optional<Object> entity = texts.entity(key, customer, random);
    if (entity.isPresent()) {
      return entity.get();
    }
    Optional<List<String>> values = Vocabulary.find(name);
    if (values.isPresent() && column.logicalType().equals("string")) {
      return ValuePools.pick(random, values.get());
    }
    return typed(column, key, table, random);
  }

  private Object typed(Column column, String key, String table, Random random) {
    String type = column.physicalType();
    return switch (column.logicalType()) {
      case "timestamp" -> TIMESTAMP.format(timestamp(key, random));
      case "date" -> date(key, random).toString();
      case "boolean" -> random.nextDouble() < trueShare(key);
      case "integer" -> type.equals("bigint") ? id(key, random) : (Object) count(key, random);
      case "number" -> number(key, table, random);
      default -> type.equals("uuid") ? uuid(random) : texts.text(key, type, random);
    };
  }

  static String uuid(Random random) {
    return new UUID(random.nextLong(), random.nextLong() & 0xFFFFFFFFFFFF0FFFL | 0x4000L)
        .toString();
  }

  private static double nullShare(String key) {
    if (key.matches(
        ".*(deleted|withdrawn|resolved|completed|redeemed|frozen)_at|address_line2|valid_to_date|.*_line2")) {
      return 0.6;
    }
    return key.startsWith("_") ? 0 : 0.04;
  }

  private static double trueShare(String key) {
    return switch (key) {
      case "is_test", "is_anonymised", "is_employee", "is_estimate", "is_gift_wrapped" -> 0.03;
      case "is_active", "success", "is_successful", "is_matched", "is_on_time" -> 0.9;
      default -> 0.5;
    };
  }

  Instant timestamp(String key, Random random) {
    long days;
    if (key.startsWith("created")
        || key.endsWith("signed_up_at")
        || key.startsWith("enrolled")
        || key.startsWith("installed")) {
      days = 60 + random.nextInt(840);
    } else if (key.startsWith("updated")
        || key.startsWith("_loaded")
        || key.startsWith("landed")
        || key.startsWith("last_")) {
      days = random.nextInt(3);
    } else {
      days = random.nextInt(60);
    }
    return anchor.minusSeconds(days * 86_400L + random.nextInt(86_400));
  }

  LocalDate date(String key, Random random) {
    LocalDate today = LocalDate.ofInstant(anchor, ZoneOffset.UTC);
    if (key.contains("birth")) {
      return LocalDate.of(
          1955 + random.nextInt(50), 1 + random.nextInt(12), 1 + random.nextInt(28));
    }
    if (key.matches(".*(valid_to|end|expires|due|promised|expected|respond_by|next_).*")) {
      return today.plusDays(random.nextInt(90));
    }
    if (key.contains("week")) {
      LocalDate monday = today.minusDays(today.getDayOfWeek().getValue() - 1);
      return monday.minusWeeks(random.nextInt(12));
    }
    if (key.contains("month")) {
      return today.withDayOfMonth(1).plusMonths(random.nextInt(18) - 6);
    }
    if (key.matches(".*(opened|onboarded|launch|hired|contract_start|valid_from|first).*")) {
      return today.minusDays(30 + random.nextInt(1500));
    }
    return today.minusDays(1 + random.nextInt(60));
  }

  private static long id(String key, Random random) {
    int base = Math.floorMod(key.hashCode(), 9) + 1;
    return base * 100_000L + random.nextInt(5_000);
  }

  private static int count(String key, Random random) {
    if (key.matches("(quantity|.*_qty)") && !key.contains("stock")) {
      return key.contains("order") || key.contains("received")
          ? 10 + random.nextInt(490)
          : 1 + random.nextInt(4);
    }
    if (key.matches(".*(stock|on_hand|available|reserved|transit).*")) {
      return random.nextInt(400);
    }
    if (key.contains("nps")) {
      return random.nextInt(11);
    }
    if (key.equals("rating")) {
      return 1 + Math.min(4, (int) Math.round(Math.sqrt(random.nextDouble()) * 4.4));
    }
    if (key.matches(".*(impressions|reach|sessions|entrances|users|views|rows).*")) {
      return 500 + random.nextInt(60_000);
    }
    if (key.matches(
        ".*(days|hours|minutes|seconds|position|rank|order|version|number|attempts).*")) {
      return 1 + random.nextInt(key.contains("seconds") ? 900 : 30);
    }
    return random.nextInt(key.contains("points") ? 5_000 : 2_000);
  }

  private static double number(String key, String table, Random random) {
    double value;
    boolean small = key.matches(".*(discount|tax|shipping|fee).*") && !table.matches(AGGREGATE);
    if (key.startsWith("cost_per")) {
      value = 0.2 + random.nextDouble() * 12;
    } else if (small) {
      value = random.nextInt(3) == 0 ? 0 : 1 + random.nextDouble() * 40;
    } else if (key.matches(".*(rate|pct|share|probability|score|ratio|weight|accuracy|mape)")
        || key.equals("roas")) {
      value = ratio(key, random);
    } else if (key.matches(".*(latitude|longitude|lat)")) {
      value = 40 + random.nextDouble() * 20;
    } else if (key.matches(".*(kg|cm|sqm|frequency|bias).*")) {
      value =
          key.contains("sqm")
              ? 300 + random.nextInt(2500)
              : random.nextDouble() * (key.contains("cm") ? 110 : 12);
    } else if (key.matches(".*(price|cost|fee|charge)")
        && !table.matches(".*(daily|monthly|weekly|balances).*")) {
      value = Math.floor(5 + random.nextDouble() * 400) + 0.95;
    } else if (table.matches(".*(daily|monthly|weekly|balances|forecast|budget|summary).*")) {
      value = 1_000 + random.nextDouble() * 240_000;
    } else {
      value = 5 + random.nextDouble() * 600;
    }
    return BigDecimal.valueOf(value)
        .setScale(key.contains("rate") ? 4 : 2, RoundingMode.HALF_UP)
        .doubleValue();
  }

  private static double ratio(String key, Random random) {
    double[] range =
        switch (key) {
          case "click_through_rate", "ctr", "click_rate" -> new double[] {0.004, 0.06};
          case "conversion_rate", "repeat_purchase_rate" -> new double[] {0.01, 0.06};
          case "open_rate" -> new double[] {0.15, 0.45};
          case "bounce_rate" -> new double[] {0.25, 0.6};
          case "return_rate" -> new double[] {0.04, 0.32};
          case "on_time_rate", "first_attempt_rate", "availability_rate", "match_rate" ->
              new double[] {0.82, 0.995};
          case "roas", "return_on_ad_spend" -> new double[] {0.8, 9};
          case "damage_rate" -> new double[] {0.001, 0.02};
          case "mape", "validation_mape" -> new double[] {0.12, 0.45};
          default -> new double[] {0, 1};
        };
    return range[0] + random.nextDouble() * (range[1] - range[0]);
  }
}
