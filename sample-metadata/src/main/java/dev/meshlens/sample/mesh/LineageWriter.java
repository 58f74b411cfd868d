package dev.meshlens.sample.mesh;

import dev.meshlens.sample.mesh.model.Dataset;
import dev.meshlens.sample.mesh.model.DatasetId;
import dev.meshlens.sample.mesh.model.Job;
import dev.meshlens.sample.mesh.model.JobKind;
import dev.meshlens.sample.mesh.model.Mesh;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code lineage/openlineage.ndjson}: a START and a COMPLETE or FAIL RunEvent per run,
 * ordered by event time. Every START lists the run's inputs and outputs and carries the nominal
 * time; COMPLETE and FAIL events name only the run and job (OpenLineage merges the events of a run
 * by runId), except where they carry dataset facets; every FAIL carries the errorMessage run facet
 * and every COMPLETE of a quality-check job the dataQualityAssertions input facets. The static
 * facets (job: jobType, sql, documentation, ownership; outputs: schema, dataSource, documentation,
 * ownership, columnLineage) are sent on the first run of every other Monday and on each job's
 * latest successful run, as an emitter that caches them would; this keeps the file small.
 */
final class LineageWriter {
  static final String FILE = "lineage/openlineage.ndjson";
  private static final String SCHEMA_URL =
      "https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent";

  private final Mesh mesh;
  private final LineageFacets facets;
  private final Map<DatasetId, Dataset> datasets;

  LineageWriter(Mesh mesh) {
    this.mesh = mesh;
    this.facets = new LineageFacets(mesh);
    this.datasets = mesh.datasetsById();
  }

  private record Event(Instant time, int order, String line) {}

  /** Writes the events and returns how many. */
  int write(Path root, List<Run> runs) throws IOException {
    Map<Job, Run> lastSuccess = new HashMap<>();
    runs.stream().filter(r -> !r.failed()).forEach(r -> lastSuccess.put(r.job(), r));
    List<Event> events = new ArrayList<>();
    for (Run run : runs) {
      boolean full = run == lastSuccess.get(run.job()) || refreshDay(run);
      events.add(new Event(run.started(), events.size(), Json.line(start(run, full))));
      events.add(new Event(run.ended(), events.size(), Json.line(end(run, full))));
    }
    events.sort(Comparator.comparing(Event::time).thenComparingInt(Event::order));
    Path file = root.resolve(FILE);
    Files.createDirectories(file.getParent());
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (Event e : events) {
        out.write(e.line());
        out.write('\n');
      }
    }
    return events.size();
  }

  /**
   * Whether the run re-sends the static facets: the emitter caches them and refreshes them on the
   * first run of every other Monday (and the latest successful run always has them).
   */
  private boolean refreshDay(Run run) {
    ZonedDateTime nominal = run.nominal().atZone(ZoneOffset.UTC);
    long days =
        Duration.between(mesh.anchor().minus(Duration.ofDays(Scenario.DAYS)), run.nominal())
            .toDays();
    return nominal.getDayOfWeek() == DayOfWeek.MONDAY
        && (days / 7) % 2 == 0
        && nominal.getHour() < 6;
  }

  private Map<String, Object> start(Run run, boolean full) {
    Job job = run.job();
    Map<String, Object> runObject =
        Maps.of(
            "runId",
            run.runId(),
            "facets",
            Maps.of(
                "nominalTime",
                LineageFacets.facet(
                    "1-0-1/NominalTimeRunFacet.json",
                    "nominalStartTime",
                    run.nominal().toString())));
    return event(
        "START",
        run.started(),
        runObject,
        Maps.of(
            "namespace",
            job.namespace(),
            "name",
            job.name(),
            "facets",
            full ? facets.jobFacets(job) : null),
        bare(job.inputs()),
        bare(job.outputs()));
  }

  private Map<String, Object> end(Run run, boolean full) {
    Job job = run.job();
    Map<String, Object> runObject = Maps.of("runId", run.runId());
    Map<String, Object> jobRef = Maps.of("namespace", job.namespace(), "name", job.name());
    if (run.failed()) {
      Map<String, Object> error =
          LineageFacets.facet(
              "1-0-1/ErrorMessageRunFacet.json",
              "message",
              run.error(),
              "programmingLanguage",
              "PYTHON");
      runObject.put("facets", Maps.of("errorMessage", error));
      return event("FAIL", run.ended(), runObject, jobRef, null, null);
    }
    List<Object> inputs = null;
    if (job.kind() == JobKind.CHECK) {
      inputs = QualityAssertions.inputs(run, datasets, mesh.anchor());
    } else if (full) {
      inputs = bare(job.inputs());
    }
    return event("COMPLETE", run.ended(), runObject, jobRef, inputs, full ? outputs(job) : null);
  }

  private List<Object> outputs(Job job) {
    List<Object> outputs = new ArrayList<>();
    for (DatasetId out : job.outputs()) {
      Map<String, Object> facetsOfOutput = facets.outputFacets(job, out, withColumnLineage(job));
      outputs.add(
          Maps.of("namespace", out.namespace(), "name", out.name(), "facets", facetsOfOutput));
    }
    return outputs;
  }

  /** Column lineage comes from dbt models and from the jobs of the certified products. */
  private boolean withColumnLineage(Job job) {
    boolean certified =
        mesh.findProduct(job.productKey()).orElseThrow().text().tags().contains("certified");
    return job.kind() == JobKind.MODEL || (certified && job.kind() != JobKind.PUBLISH);
  }

  private static Map<String, Object> event(
      String type,
      Instant time,
      Map<String, Object> run,
      Map<String, Object> job,
      List<Object> inputs,
      List<Object> outputs) {
    return Maps.of(
        "eventType", type,
        "eventTime", time.toString(),
        "run", run,
        "job", job,
        "inputs", inputs,
        "outputs", outputs,
        "producer", LineageFacets.PRODUCER,
        "schemaURL", SCHEMA_URL);
  }

  private static List<Object> bare(List<DatasetId> ids) {
    return ids.stream()
        .map(id -> (Object) Maps.of("namespace", id.namespace(), "name", id.name()))
        .toList();
  }
}
