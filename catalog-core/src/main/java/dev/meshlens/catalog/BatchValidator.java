package dev.meshlens.catalog;

import dev.meshlens.catalog.Batch.Upsert;
import dev.meshlens.catalog.model.AspectKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rules a batch must keep beyond those of each record: every aspect applies to its asset's
 * type, no aspect is set twice with different values, no asset is both set and removed, and a batch
 * is not absurdly large. Every store applies these before writing anything.
 */
public final class BatchValidator {
  /** The largest batch accepted, counted in operations of every kind. */
  public static final int MAX_OPERATIONS = 200_000;

  private BatchValidator() {}

  /** Throws {@link InvalidBatchException} naming every problem, or returns. */
  public static void check(Batch batch) {
    List<Violation> violations = validate(batch);
    if (!violations.isEmpty()) {
      throw new InvalidBatchException(violations);
    }
  }

  public static List<Violation> validate(Batch batch) {
    List<Violation> violations = new ArrayList<>();
    if (batch.size() > MAX_OPERATIONS) {
      violations.add(
          new Violation(
              "batch",
              null,
              "has " + batch.size() + " operations, more than the limit of " + MAX_OPERATIONS));
      return violations;
    }
    Set<Urn> removed = new HashSet<>(batch.removals());
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < batch.upserts().size(); i++) {
      Upsert upsert = batch.upserts().get(i);
      String path = "upserts[" + i + "]";
      String urn = upsert.urn().toString();
      AspectKind kind = upsert.aspect().aspectKind();
      if (!kind.appliesTo(upsert.urn().type())) {
        violations.add(
            new Violation(
                path + ".aspect",
                urn,
                "aspect '"
                    + kind.code()
                    + "' does not apply to a "
                    + upsert.urn().type().code()
                    + " (it applies to: "
                    + kind.appliesTo().stream()
                        .map(EntityType::code)
                        .sorted()
                        .collect(Collectors.joining(", "))
                    + ")"));
      }
      Integer earlier = seen.putIfAbsent(urn + "\n" + kind.code(), i);
      if (earlier != null && !batch.upserts().get(earlier).aspect().equals(upsert.aspect())) {
        violations.add(
            new Violation(
                path,
                urn,
                "aspect '"
                    + kind.code()
                    + "' is set twice with different values (first at upserts["
                    + earlier
                    + "])"));
      }
      if (removed.contains(upsert.urn())) {
        violations.add(new Violation(path, urn, "the same batch also removes this asset"));
      }
    }
    return violations;
  }
}
