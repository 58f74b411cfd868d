package dev.meshlens.sample.mesh;

import dev.meshlens.sample.mesh.model.Column;
import dev.meshlens.sample.mesh.model.Dataset;
import dev.meshlens.sample.mesh.model.DatasetId;
import dev.meshlens.sample.mesh.model.Job;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Column-level lineage of a job's output: a column that has a namesake in an input comes from it
 * (DIRECT/IDENTITY, or DIRECT/AGGREGATION for measures of aggregate tables); key columns joined on
 * are recorded as INDIRECT/JOIN.
 */
final class ColumnLineage {
  private ColumnLineage() {}

  static Map<String, Object> of(Job job, Dataset output, Map<DatasetId, Dataset> datasets) {
    Map<String, Object> fields = new LinkedHashMap<>();
    boolean aggregate =
        output.localName().matches(".*(daily|weekly|monthly|summary|balances|ratings|by_sku)$");
    for (Column c : output.columns()) {
      List<Object> inputs = new ArrayList<>();
      for (DatasetId in : job.inputs()) {
        Dataset input = datasets.get(in);
        if (input != null && input.findColumn(c.name()).isPresent()) {
          boolean measure = aggregate && !c.primaryKey() && c.logicalType().equals("number");
          inputs.add(
              Maps.of(
                  "namespace",
                  in.namespace(),
                  "name",
                  in.name(),
                  "field",
                  c.name(),
                  "transformations",
                  List.of(
                      measure
                          ? Maps.of(
                              "type",
                              "DIRECT",
                              "subtype",
                              "AGGREGATION",
                              "description",
                              "SUM(" + c.name() + ")",
                              "masking",
                              false)
                          : Maps.of(
                              "type",
                              "DIRECT",
                              "subtype",
                              "IDENTITY",
                              "description",
                              "",
                              "masking",
                              false))));
          break;
        }
      }
      if (!inputs.isEmpty()) {
        fields.put(c.name(), Maps.of("inputFields", inputs));
      }
    }
    return fields;
  }
}
