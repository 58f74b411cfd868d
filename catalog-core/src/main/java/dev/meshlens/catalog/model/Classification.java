package dev.meshlens.catalog.model;

import java.util.Locale;

/**
 * How sensitive data is: a sensitivity level and whether it is personal data (PII). Propagates
 * downstream along column lineage.
 */
public record Classification(Sensitivity sensitivity, boolean pii) {
  public static final Classification PUBLIC = new Classification(Sensitivity.PUBLIC, false);

  public Classification {
    if (sensitivity == null) {
      throw new IllegalArgumentException("sensitivity must not be null");
    }
  }

  /** The sensitivity levels, least to most restricted. */
  public enum Sensitivity {
    PUBLIC,
    INTERNAL,
    CONFIDENTIAL,
    RESTRICTED;

    /** Parses a level name case-insensitively; the message lists the known levels. */
    public static Sensitivity parse(String text) {
      try {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException | NullPointerException e) {
        throw new IllegalArgumentException(
            "Unknown sensitivity '"
                + text
                + "' (known: public, internal, confidential, restricted)",
            e);
      }
    }
  }
}
