package dev.meshlens.api.openlineage;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;

/** Builds an OpenLineage 2-0-2 RunEvent as JSON, with facets as real integrations send them. */
final class RunEventJson {
  static final String PRODUCER = "https://meshlens.dev/bench";
  private static final String SPEC = "https://openlineage.io/spec/";
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final ObjectNode event = NODES.objectNode();
  private final ArrayNode inputs;
  private final ArrayNode outputs;

  /** A dataset as the event names it, and the columns its schema facet lists (none: no facet). */
  record Dataset(String namespace, String name, List<String> columns) {
    Dataset {
      columns = List.copyOf(columns);
    }
  }

  RunEventJson(String eventType, String runId, String jobNamespace, String jobName, Instant time) {
    event.put("eventType", eventType);
    event.put("eventTime", time.toString());
    event.put("producer", PRODUCER);
    event.put("schemaURL", SPEC + "2-0-2/OpenLineage.json#/$defs/RunEvent");
    event.putObject("run").put("runId", runId).putObject("facets");
    ObjectNode job = event.putObject("job");
    job.put("namespace", jobNamespace).put("name", jobName).putObject("facets");
    inputs = event.putArray("inputs");
    outputs = event.putArray("outputs");
  }

  RunEventJson nominalTime(Instant start) {
    facet(event.with("run").with("facets"), "nominalTime", "1-0-1/NominalTimeRunFacet")
        .put("nominalStartTime", start.toString());
    return this;
  }

  RunEventJson sql(String query) {
    facet(event.with("job").with("facets"), "sql", "1-1-0/SQLJobFacet").put("query", query);
    facet(event.with("job").with("facets"), "jobType", "2-0-4/JobTypeJobFacet")
        .put("processingType", "BATCH")
        .put("integration", "SPARK")
        .put("jobType", "SQL_JOB");
    return this;
  }

  RunEventJson input(Dataset dataset) {
    dataset(inputs, dataset);
    return this;
  }

  RunEventJson output(Dataset dataset) {
    dataset(outputs, dataset);
    return this;
  }

  /** Output statistics of the last output added. */
  RunEventJson rows(long rows, long bytes) {
    ObjectNode last = (ObjectNode) outputs.get(outputs.size() - 1);
    facet(
            last.putObject("outputFacets"),
            "outputStatistics",
            "1-0-2/OutputStatisticsOutputDatasetFacet")
        .put("rowCount", rows)
        .put("size", bytes);
    return this;
  }

  String json() {
    return event.toString();
  }

  private static void dataset(ArrayNode list, Dataset dataset) {
    ObjectNode node =
        list.addObject().put("namespace", dataset.namespace()).put("name", dataset.name());
    if (dataset.columns().isEmpty()) {
      return;
    }
    ObjectNode facets = node.putObject("facets");
    ArrayNode fields = facet(facets, "schema", "1-2-0/SchemaDatasetFacet").putArray("fields");
    for (String column : dataset.columns()) {
      fields
          .addObject()
          .put("name", column)
          .put("type", column.endsWith("_id") ? "BIGINT" : "VARCHAR");
    }
    facet(facets, "dataSource", "1-0-1/DatasourceDatasetFacet")
        .put("name", dataset.namespace())
        .put("uri", dataset.namespace());
  }

  private static ObjectNode facet(ObjectNode facets, String name, String schema) {
    String type = schema.substring(schema.indexOf('/') + 1);
    return facets
        .putObject(name)
        .put("_producer", PRODUCER)
        .put("_schemaURL", SPEC + "facets/" + schema + ".json#/$defs/" + type);
  }
}
