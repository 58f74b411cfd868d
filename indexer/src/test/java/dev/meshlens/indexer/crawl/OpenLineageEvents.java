package dev.meshlens.indexer.crawl;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.UUID;

/** OpenLineage run events in the 2-0-2 shape, written as NDJSON lines by the tests. */
final class OpenLineageEvents {
  static final String JOB_NAMESPACE = "scheduler";
  static final String DATASET_NAMESPACE = "postgres://shop-db:5432";
  private static final ObjectMapper JSON = new ObjectMapper();

  private OpenLineageEvents() {}

  /** A COMPLETE event of a run of {@code job} reading and writing datasets of one namespace. */
  static String complete(String job, List<String> inputs, List<String> outputs) {
    return complete(job, DATASET_NAMESPACE, inputs, outputs);
  }

  static String complete(String job, String namespace, List<String> inputs, List<String> outputs) {
    ObjectNode event = JSON.createObjectNode();
    event.put("eventType", "COMPLETE");
    event.put("eventTime", "2025-01-15T06:00:00.000Z");
    event.putObject("run").put("runId", UUID.nameUUIDFromBytes(job.getBytes(UTF_8)).toString());
    event.putObject("job").put("namespace", JOB_NAMESPACE).put("name", job);
    datasets(event.putArray("inputs"), namespace, inputs);
    datasets(event.putArray("outputs"), namespace, outputs);
    event.put("producer", "https://github.com/meshlens/meshlens/tests");
    event.put(
        "schemaURL", "https://openlineage.io/spec/2-0-2/OpenLineage.json#/definitions/RunEvent");
    return event.toString();
  }

  private static void datasets(ArrayNode array, String namespace, List<String> names) {
    names.forEach(n -> array.addObject().put("namespace", namespace).put("name", n));
  }
}
