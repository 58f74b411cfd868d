package dev.meshlens.sample.mesh;

import dev.meshlens.sample.mesh.model.Column;
import dev.meshlens.sample.mesh.model.Dataset;
import dev.meshlens.sample.mesh.model.DatasetKind;
import dev.meshlens.sample.mesh.model.Mesh;
import dev.meshlens.sample.mesh.model.Product;
import dev.meshlens.sample.mesh.model.Schedule;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code dbt/<product>/manifest.json}, {@code catalog.json} and {@code run_results.json} of
 * each product built with dbt, as one {@code dbt build} on the day before the anchor wrote them.
 */
final class DbtWriter {
  private final Mesh mesh;

  DbtWriter(Mesh mesh) {
    this.mesh = mesh;
  }

  void write(Path root) throws IOException {
    for (Product product : mesh.products()) {
      if (product.dbt() == null) {
        continue;
      }
      DbtProjectModel project = new DbtProjectModel(mesh, product);
      Schedule schedule = project.modelJobs().get(0).schedule();
      Instant started =
          mesh.anchor()
              .minus(Duration.ofDays(1))
              .plus(Duration.ofMinutes(schedule.hour() * 60L + schedule.minute()));
      DbtInvocation invocation = new DbtInvocation(project.project(), started);
      DbtManifestWriter manifest = new DbtManifestWriter(mesh, project);
      Path dir = root.resolve("dbt").resolve(product.id());
      Json.writePretty(dir.resolve("manifest.json"), manifest.manifest(invocation));
      Json.writePretty(dir.resolve("catalog.json"), catalog(project, invocation));
      Json.writePretty(dir.resolve("run_results.json"), runResults(project, manifest, invocation));
    }
  }

  private static Map<String, Object> catalog(DbtProjectModel project, DbtInvocation invocation) {
    Map<String, Object> nodes = new LinkedHashMap<>();
    project.seeds.forEach((d, id) -> nodes.put(id, catalogEntry(project, d, id)));
    project.models.forEach((d, id) -> nodes.put(id, catalogEntry(project, d, id)));
    Map<String, Object> sources = new LinkedHashMap<>();
    project.sources.forEach((d, id) -> sources.put(id, catalogEntry(project, d, id)));
    return Maps.withNulls(
        "metadata",
        invocation.metadata("catalog/v1", project),
        "nodes",
        nodes,
        "sources",
        sources,
        "errors",
        null);
  }

  private static Map<String, Object> catalogEntry(DbtProjectModel project, Dataset d, String id) {
    boolean snowflake = project.product.dbt().adapter().equals("snowflake");
    Map<String, Object> columns = new LinkedHashMap<>();
    int index = 1;
    for (Column c : d.columns()) {
      String type =
          snowflake ? SnowflakeTypes.of(c.physicalType()) : PostgresTypes.of(c.physicalType());
      columns.put(
          c.name(),
          Maps.withNulls(
              "type", type, "index", index++, "name", c.name(), "comment", c.description()));
    }
    String type = d.kind() == DatasetKind.VIEW ? "VIEW" : snowflake ? "BASE TABLE" : "BASE TABLE";
    return Maps.withNulls(
        "metadata",
        Maps.withNulls(
            "type",
            type,
            "schema",
            d.schemaName(),
            "name",
            d.tableName(),
            "database",
            project.product.dbt().database(),
            "comment",
            d.description(),
            "owner",
            snowflake ? "TRANSFORMER" : "dbt"),
        "columns",
        columns,
        "stats",
        Map.of(
            "has_stats",
            Maps.of(
                "id",
                "has_stats",
                "label",
                "Has Stats?",
                "value",
                false,
                "include",
                false,
                "description",
                "Indicates whether there are statistics for this table")),
        "unique_id",
        id);
  }

  private static Map<String, Object> runResults(
      DbtProjectModel project, DbtManifestWriter manifest, DbtInvocation invocation) {
    List<Object> results = new ArrayList<>();
    Instant clock = invocation.started().plusSeconds(3);
    List<String> ids = new ArrayList<>(project.seeds.values());
    ids.addAll(project.models.values());
    ids.addAll(manifest.tests().keySet());
    for (String id : ids) {
      double seconds = 0.2 + Math.floorMod(id.hashCode(), 900) / 100.0;
      Instant end = clock.plusMillis((long) (seconds * 1000));
      results.add(result(id, clock, end, seconds));
      clock = end;
    }
    double elapsed = Duration.between(invocation.started(), clock).toMillis() / 1000.0;
    Map<String, Object> args =
        Maps.of(
            "which", "build", "invocation_command", "dbt build --target prod", "target", "prod");
    args.put("project_dir", "/opt/dbt/" + project.project());
    return Maps.of(
        "metadata", invocation.metadata("run-results/v6", project),
        "results", results,
        "elapsed_time", elapsed,
        "args", args);
  }

  /** The result of one node: seeds and models succeed, tests pass unless the scenario says not. */
  private static Map<String, Object> result(String id, Instant start, Instant end, double seconds) {
    String name = id.split("\\.")[2];
    boolean test = id.startsWith("test.");
    Integer failures = Scenario.DBT_FAILING_TESTS.get(name);
    boolean warns = name.equals(Scenario.DBT_WARNING_TEST);
    String status = !test ? "success" : failures != null ? "fail" : warns ? "warn" : "pass";
    Integer count = !test ? null : failures != null ? failures : warns ? 1 : 0;
    String message = null;
    if (failures != null) {
      message = "Got " + count + " results, configured to fail if != 0";
    } else if (warns) {
      message = "Got 1 result, configured to warn if != 0";
    }
    Instant compiled = start.plusMillis(40);
    List<Object> timing =
        List.of(
            Maps.of(
                "name",
                "compile",
                "started_at",
                start.toString(),
                "completed_at",
                compiled.toString()),
            Maps.of(
                "name",
                "execute",
                "started_at",
                compiled.toString(),
                "completed_at",
                end.toString()));
    Map<String, Object> result = Maps.withNulls("status", status, "timing", timing);
    result.put("thread_id", "Thread-" + (1 + Math.floorMod(id.hashCode(), 4)) + " (worker)");
    result.put("execution_time", seconds);
    result.put(
        "adapter_response",
        test ? Map.of() : Maps.of("_message", "SUCCESS 1", "code", "SUCCESS", "rows_affected", 1));
    result.putAll(
        Maps.withNulls("message", message, "failures", count, "unique_id", id, "compiled", true));
    result.putAll(
        Maps.withNulls(
            "compiled_code",
            "",
            "relation_name",
            null,
            "batch_results",
            null,
            "overload_results",
            null));
    return result;
  }
}
