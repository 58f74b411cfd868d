package dev.meshlens.sample.mesh;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One dbt invocation: its id and times, shared by the manifest, catalog and run results it wrote.
 *
 * @param started when the invocation started
 */
record DbtInvocation(String project, Instant started) {
  String invocationId() {
    return UUID.nameUUIDFromBytes((project + "/" + started).getBytes(StandardCharsets.UTF_8))
        .toString();
  }

  Map<String, Object> metadata(String artifact, DbtProjectModel model) {
    Map<String, Object> metadata =
        Maps.withNulls(
            "dbt_schema_version", "https://schemas.getdbt.com/dbt/" + artifact + ".json",
            "dbt_version", "1.12.0",
            "generated_at", started.plusSeconds(95).toString(),
            "invocation_id", invocationId(),
            "invocation_started_at", started.toString(),
            "env", Map.of());
    if (artifact.startsWith("manifest")) {
      metadata.put("project_name", project);
      metadata.put("project_id", DbtNodes.hash(project, 32));
      metadata.put("user_id", null);
      metadata.put("send_anonymous_usage_stats", false);
      metadata.put("adapter_type", model.product.dbt().adapter());
      metadata.put(
          "quoting",
          Maps.withNulls("database", true, "schema", true, "identifier", true, "column", null));
      metadata.put("run_started_at", started.toString());
    }
    return metadata;
  }
}
