package dev.meshlens.indexer.crawl;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a crawl of a source treats deletion and failure, from the source's options: {@code failSafe}
 * (the largest share of what the source stated that may vanish in one run, as a fraction {@code
 * 0.3} or a percentage {@code 30%}; default 30%), {@code retries} (how often an unreachable source
 * is tried again; default 2) and {@code retryBackoff} (the first wait between attempts, doubling
 * each time, as an ISO-8601 duration {@code PT1S} or {@code 500ms}, {@code 2s}, {@code 1m}; default
 * 1s). {@code batchSize} (at most that many operations per batch, the withdrawals included) is
 * checked too.
 */
public record CrawlOptions(double failSafe, int retries, Duration retryBackoff, int batchSize) {
  public static final double DEFAULT_FAIL_SAFE = 0.3;
  public static final int DEFAULT_RETRIES = 2;
  public static final Duration DEFAULT_RETRY_BACKOFF = Duration.ofSeconds(1);
  private static final Pattern SHORT_DURATION = Pattern.compile("^(\\d{1,9})(ms|s|m)$");

  public CrawlOptions {
    if (!(failSafe >= 0 && failSafe <= 1)) {
      throw new IllegalArgumentException("failSafe must be in [0, 1]; got: " + failSafe);
    }
    if (retries < 0) {
      throw new IllegalArgumentException("retries must be >= 0; got: " + retries);
    }
    if (retryBackoff == null || retryBackoff.isNegative()) {
      throw new IllegalArgumentException("retryBackoff must be >= 0; got: " + retryBackoff);
    }
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize must be >= 1; got: " + batchSize);
    }
  }

  /**
   * The options of a source, defaults where unset.
   *
   * @throws IllegalArgumentException naming the option, what it accepts and the value given
   */
  public static CrawlOptions of(SourceSpec spec) {
    return new CrawlOptions(
        spec.findOption("failSafe").map(CrawlOptions::share).orElse(DEFAULT_FAIL_SAFE),
        spec.intOption("retries", DEFAULT_RETRIES, 0),
        spec.findOption("retryBackoff").map(CrawlOptions::duration).orElse(DEFAULT_RETRY_BACKOFF),
        spec.batchSize());
  }

  /** A share as {@code 0.3} or {@code 30%}, in [0, 1]. */
  static double share(String text) {
    boolean percent = text.endsWith("%");
    String number = percent ? text.substring(0, text.length() - 1).trim() : text;
    Optional<Double> value = Optional.empty();
    try {
      double parsed = Double.parseDouble(number) / (percent ? 100 : 1);
      value = parsed >= 0 && parsed <= 1 ? Optional.of(parsed) : Optional.empty();
    } catch (NumberFormatException e) {
      // reported below
    }
    return value.orElseThrow(() ->
        new IllegalArgumentException(
            "option failSafe must be a fraction in [0, 1] such as 0.3 or a percentage in"
                + " [0%, 100%] such as 30%; got: "
                + text));
  }

  /** A duration as ISO-8601 ({@code PT2S}) or a whole number of ms, s or m ({@code 500ms}). */
  static Duration duration(String text) {
    Matcher matcher = SHORT_DURATION.matcher(text.toLowerCase(Locale.ROOT));
    Duration value = null;
    if (matcher.matches()) {
      long amount = Long.parseLong(matcher.group(1));
      value =
          switch (matcher.group(2)) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            default -> Duration.ofMinutes(amount);
          };
    } else {
      try {
        value = Duration.parse(text);
      } catch (DateTimeParseException e) {
        // reported below
      }
    }
    if (value == null || value.isNegative()) {
      throw new IllegalArgumentException(
          "option retryBackoff must be an ISO-8601 duration such as PT1S or a whole number of"
              + " ms, s or m such as 500ms or 2s; got: "
              + text);
    }
    return value;
  }
}
