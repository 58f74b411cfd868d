package dev.meshlens.sample.mesh;

import dev.meshlens.sample.mesh.model.Dataset;
import dev.meshlens.sample.mesh.model.DatasetId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The dataQualityAssertions a quality-check run reports on each dataset it reads. */
final class QualityAssertions {
  private QualityAssertions() {}

  static List<Object> inputs(Run run, Map<DatasetId, Dataset> datasets, Instant anchor) {
    long daysBefore = Duration.between(run.nominal(), anchor).toDays() + 1;
    List<Object> inputs = new ArrayList<>();
    for (DatasetId id : run.job().inputs()) {
      List<Object> assertions = new ArrayList<>();
      for (QualityRule rule : QualityRule.of(datasets.get(id))) {
        int actual = failing(id.name(), rule.name(), daysBefore);
        boolean success = actual < 0;
        assertions.add(
            Maps.of(
                "assertion",
                rule.assertion(),
                "success",
                success,
                "column",
                rule.column(),
                "name",
                rule.name(),
                "severity",
                rule.assertion().equals("accepted_values") ? "warn" : "error",
                "expected",
                success ? null : rule.assertion().equals("row_count") ? "> 0" : "0",
                "actual",
                success ? null : String.valueOf(actual)));
      }
      inputs.add(
          Maps.of(
              "namespace",
              id.namespace(),
              "name",
              id.name(),
              "inputFacets",
              Maps.of(
                  "dataQualityAssertions",
                  LineageFacets.facet(
                      "1-1-0/DataQualityAssertionsDatasetFacet.json", "assertions", assertions))));
    }
    return inputs;
  }

  /** The offending count of a scripted failure on that day, or -1 when the rule holds. */
  private static int failing(String dataset, String rule, long daysBefore) {
    for (Scenario.FailingCheck f : Scenario.FAILING_CHECKS) {
      if (f.dataset().equals(dataset)
          && f.rule().equals(rule)
          && daysBefore <= f.fromDaysBefore()
          && daysBefore >= f.toDaysBefore()) {
        return f.actual();
      }
    }
    return -1;
  }
}
