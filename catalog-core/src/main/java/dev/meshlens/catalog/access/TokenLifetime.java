package dev.meshlens.catalog.access;

import dev.meshlens.catalog.Urn;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How the CLI and the API spell a token's lifetime ({@code 90d}, {@code 12h}) and its domains. */
public final class TokenLifetime {
  private static final Pattern LIFETIME = Pattern.compile("([1-9][0-9]{0,5})([dhm])");

  private TokenLifetime() {}

  /** Parses a whole number of days, hours or minutes: {@code 90d}, {@code 12h}, {@code 30m}. */
  public static Duration parse(String text) {
    Matcher m = LIFETIME.matcher(text == null ? "" : text.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "Invalid token lifetime '" + text + "' (a whole number of days, hours or minutes: 90d)");
    }
    long n = Long.parseLong(m.group(1));
    return switch (m.group(2)) {
      case "d" -> Duration.ofDays(n);
      case "h" -> Duration.ofHours(n);
      default -> Duration.ofMinutes(n);
    };
  }

  /** A domain given by id ({@code sales}) or URN ({@code urn:meshlens:domain:sales}). */
  public static Urn domain(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("A domain must not be blank");
    }
    return text.startsWith(Urn.PREFIX) ? Urn.parse(text) : Urn.domain(text.trim());
  }
}
