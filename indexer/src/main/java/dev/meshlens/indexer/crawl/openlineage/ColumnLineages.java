package dev.meshlens.indexer.crawl.openlineage;

import static dev.meshlens.indexer.crawl.support.Nodes.firstText;
import static dev.meshlens.indexer.crawl.support.Nodes.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.model.ColumnLineage;
import dev.meshlens.catalog.model.JobLineage;
import dev.meshlens.indexer.crawl.support.Nodes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds a job's lineage from an event's inputs and outputs and the {@code columnLineage} facets of
 * its outputs. A column read from a dataset the event does not list as an input makes that dataset
 * an input. The transformation is the first one's {@code type} (with its {@code subtype}), or the
 * older facet's {@code transformationType}.
 */
final class ColumnLineages {
  private ColumnLineages() {}

  static JobLineage lineage(List<Urn> inputs, List<Urn> outputs, JsonNode outputNodes) {
    Set<Urn> allInputs = new LinkedHashSet<>(inputs);
    List<ColumnLineage> columns = new ArrayList<>();
    for (JsonNode output : outputNodes) {
      Urn target = OpenLineageReplay.datasetUrn(output);
      JsonNode facet = output.path("facets").path("columnLineage");
      if (target == null || !facet.isObject()) {
        continue;
      }
      for (Map.Entry<String, JsonNode> field : Nodes.fields(facet, "fields")) {
        List<Urn> sources = new ArrayList<>();
        for (JsonNode input : Nodes.array(field.getValue(), "inputFields")) {
          Urn dataset = OpenLineageReplay.datasetUrn(input);
          String name = text(input, "field");
          if (dataset != null && name != null) {
            allInputs.add(dataset);
            sources.add(dataset.field(name));
          }
        }
        columns.add(
            new ColumnLineage(
                target.field(field.getKey()),
                sources,
                transformation(field.getValue()),
                description(field.getValue())));
      }
    }
    return new JobLineage(List.copyOf(allInputs), outputs, columns);
  }

  private static String transformation(JsonNode field) {
    for (JsonNode input : Nodes.array(field, "inputFields")) {
      for (JsonNode transformation : Nodes.array(input, "transformations")) {
        String type = text(transformation, "type");
        String subtype = text(transformation, "subtype");
        if (type != null) {
          return subtype == null ? type : type + "/" + subtype;
        }
      }
    }
    return text(field, "transformationType");
  }

  private static String description(JsonNode field) {
    for (JsonNode input : Nodes.array(field, "inputFields")) {
      for (JsonNode transformation : Nodes.array(input, "transformations")) {
        String description = text(transformation, "description");
        if (description != null) {
          return description;
        }
      }
    }
    return firstText(field, "transformationDescription");
  }
}
