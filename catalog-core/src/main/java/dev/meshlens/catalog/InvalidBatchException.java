package dev.meshlens.catalog;

import java.util.List;
import java.util.stream.Collectors;

/** A batch that breaks the catalog's rules; nothing of it was applied. */
public final class InvalidBatchException extends IllegalArgumentException {
  private final transient List<Violation> violations;

  public InvalidBatchException(List<Violation> violations) {
    super(
        "Batch rejected, nothing applied ("
            + violations.size()
            + " problem"
            + (violations.size() == 1 ? "" : "s")
            + "): "
            + violations.stream()
                .limit(20)
                .map(Violation::toString)
                .collect(Collectors.joining("; ")));
    this.violations = List.copyOf(violations);
  }

  public List<Violation> violations() {
    return violations;
  }
}
