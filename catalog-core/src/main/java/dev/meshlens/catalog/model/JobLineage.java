package dev.meshlens.catalog.model;

import dev.meshlens.catalog.EntityType;
import dev.meshlens.catalog.Urn;
import java.util.List;
import java.util.Set;

/**
 * Dataset-to-dataset lineage through a job: the datasets it reads and writes, and column lineage
 * between them. Every column lineage target is a column of an output, every source a column of an
 * input.
 */
public record JobLineage(List<Urn> inputs, List<Urn> outputs, List<ColumnLineage> columns)
    implements Aspect {
  public JobLineage {
    inputs = Checks.requireTypes(inputs, EntityType.DATASET, "inputs");
    outputs = Checks.requireTypes(outputs, EntityType.DATASET, "outputs");
    columns = Checks.list(columns);
    Set<Urn> in = Set.copyOf(inputs);
    Set<Urn> out = Set.copyOf(outputs);
    for (int i = 0; i < columns.size(); i++) {
      ColumnLineage edge = columns.get(i);
      if (!out.contains(edge.target().dataset())) {
        throw new IllegalArgumentException(
            "columns[" + i + "].target: " + edge.target() + " is not a column of an output");
      }
      for (int j = 0; j < edge.sources().size(); j++) {
        if (!in.contains(edge.sources().get(j).dataset())) {
          throw new IllegalArgumentException(
              "columns["
                  + i
                  + "].sources["
                  + j
                  + "]: "
                  + edge.sources().get(j)
                  + " is not a column of an input");
        }
      }
    }
  }
}
