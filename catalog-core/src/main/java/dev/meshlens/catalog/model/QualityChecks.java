package dev.meshlens.catalog.model;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The quality checks defined on a dataset. */
public record QualityChecks(List<QualityCheck> checks) implements Aspect {
  public QualityChecks {
    checks = Checks.list(checks);
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < checks.size(); i++) {
      if (!ids.add(checks.get(i).id())) {
        throw new IllegalArgumentException(
            "checks[" + i + "].id: duplicate check id '" + checks.get(i).id() + "'");
      }
    }
  }
}
