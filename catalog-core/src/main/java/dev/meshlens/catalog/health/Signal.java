package dev.meshlens.catalog.health;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The signals a health score is the weighted mean of, in the order snapshots store them. */
public enum Signal {
  USAGE,
  FRESHNESS,
  QUALITY,
  RELIABILITY,
  DOCUMENTATION;

  /** The signal's name in the policy file and the API ({@code usage}, {@code freshness}, ...). */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a code; the message lists the known ones. */
  public static Signal fromCode(String code) {
    for (Signal signal : values()) {
      if (signal.code().equals(code)) {
        return signal;
      }
    }
    throw new IllegalArgumentException("Unknown signal '" + code + "' (known: " + codes() + ")");
  }

  static String codes() {
    return Arrays.stream(values()).map(Signal::code).collect(Collectors.joining(", "));
  }
}
