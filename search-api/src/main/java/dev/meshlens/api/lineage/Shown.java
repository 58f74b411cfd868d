package dev.meshlens.api.lineage;

import dev.meshlens.catalog.Urn;
import dev.meshlens.lineage.Redaction;
import java.util.HashMap;
import java.util.Map;

/**
 * How one lineage answer names its assets for its caller: by URN, or, for those the caller may not
 * see, by a reference ({@code redacted-1}, ...) that says nothing about them and stays the same
 * within the answer, so edges still connect.
 */
final class Shown {
  private final Redaction redaction;
  private final Map<Urn, String> refs = new HashMap<>();

  Shown(Redaction redaction) {
    this.redaction = redaction;
  }

  boolean hides(Urn urn) {
    return redaction.hides(urn);
  }

  /** The URN, or the redacted reference standing for it. */
  String id(Urn urn) {
    if (!redaction.hides(urn)) {
      return urn.toString();
    }
    return refs.computeIfAbsent(urn, u -> "redacted-" + (refs.size() + 1));
  }
}
