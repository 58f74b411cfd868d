package dev.meshlens.lineage;

import dev.meshlens.catalog.Urn;

/**
 * The inferred tag {@value #TAG} on a column: its values flow, through {@code distance} hops of
 * column lineage, from {@code origin}, a column declared PII upstream.
 */
public record InferredPii(Urn column, Urn origin, int distance) {
  public static final String TAG = "pii:inferred";

  /** The tag as shown: {@code pii:inferred} and where from. */
  public String tag() {
    return TAG + " from " + origin;
  }
}
