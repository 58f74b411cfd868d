package dev.meshlens.indexer.crawl.openlineage;

import static dev.meshlens.indexer.crawl.support.Nodes.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meshlens.catalog.Batch;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.model.JobLineage;
import dev.meshlens.catalog.model.Run;
import dev.meshlens.catalog.model.RunState;
import dev.meshlens.catalog.model.UsageEvent;
import dev.meshlens.catalog.model.UsageEvent.PrincipalKind;
import dev.meshlens.indexer.crawl.support.BatchAssembler;
import dev.meshlens.indexer.crawl.support.Nodes;
import dev.meshlens.indexer.crawl.support.Warnings;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Maps OpenLineage events, in the order received, to batch content. Each RunEvent gives a {@link
 * Run} report (START sets the start, COMPLETE/FAIL/ABORT the end, the error message facet the
 * error; the store merges reports of one run whatever their order); the job's {@code sql}, {@code
 * jobType}, {@code documentation}, {@code ownership} facets; its lineage, accumulated over the
 * events of its latest run, with column lineage; dataset facets (see {@link DatasetFacets}); and
 * one {@link UsageEvent} per input dataset per run (principal: the job). The last {@value
 * #REMEMBERED_RUNS} runs are remembered. Not thread-safe.
 */
public final class OpenLineageReplay {
  public static final int REMEMBERED_RUNS = 10_000;

  private final String source;
  private final OpenLineageValidator validator;
  private final Map<String, RunMemory> runs =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, RunMemory> eldest) {
          return size() > REMEMBERED_RUNS;
        }
      };
  private BatchAssembler out;

  public OpenLineageReplay(String source, OpenLineageValidator validator) {
    this.source = source;
    this.validator = validator;
    this.out = new BatchAssembler(source);
  }

  /**
   * Takes one event: checks it against the schemas (every problem is a warning naming {@code
   * origin}) and maps what it can. An event without the identity it needs (run id, job or dataset
   * name, event time) is left out with a warning.
   */
  public void accept(JsonNode event, String origin, Warnings warnings) {
    validator.check(event).forEach(p -> warnings.add(origin, p.path(), p.message()));
    acceptChecked(event, origin, warnings);
  }

  /**
   * Like {@link #accept} for an event its caller has already checked against the schemas (the push
   * endpoint answers an invalid event with its problems rather than taking it with warnings): maps
   * what it can, remembering the run like {@link #accept}.
   */
  public void acceptChecked(JsonNode event, String origin, Warnings warnings) {
    Instant time = EventTimes.parse(text(event, "eventTime"));
    if (time == null) {
      warnings.add(origin, "/eventTime", "no readable eventTime; the event is left out");
      return;
    }
    EventContext context = new EventContext(out, new DatasetFacets(out, warnings, origin), time);
    if (event.has("dataset")) {
      JsonNode dataset = event.get("dataset");
      Urn urn = datasetUrn(dataset);
      if (urn == null) {
        warnings.add(origin, "/dataset", "no dataset namespace and name; the event is left out");
        return;
      }
      context.facets().write(urn, dataset, time, null, "/dataset");
      return;
    }
    Urn job = jobUrn(event.path("job"));
    String runId = text(event.path("run"), "runId");
    if (job == null || (event.has("run") && runId == null)) {
      warnings.add(
          origin,
          job == null ? "/job" : "/run/runId",
          "no job name or run id; the event is left out");
      return;
    }
    JobFacets.write(job, event.path("job").path("facets"), context);
    List<Urn> inputs = datasets(event, "inputs", runId, context);
    List<Urn> outputs = datasets(event, "outputs", runId, context);
    if (runId == null) {
      if (!inputs.isEmpty() || !outputs.isEmpty()) {
        out.upsert(job, ColumnLineages.lineage(inputs, outputs, event.path("outputs")));
      }
      return;
    }
    runEvent(event, job, runId, inputs, outputs, time);
  }

  private void runEvent(
      JsonNode event, Urn job, String runId, List<Urn> inputs, List<Urn> outputs, Instant time) {
    RunState state = state(text(event, "eventType"));
    String error = text(event.path("run").path("facets").path("errorMessage"), "message");
    out.run(
        new Run(
            runId,
            job,
            state,
            state == RunState.START ? time : null,
            state.terminal() ? time : null,
            inputs,
            outputs,
            error));
    RunMemory memory = runs.computeIfAbsent(runId, id -> new RunMemory());
    if (!inputs.isEmpty() || !outputs.isEmpty()) {
      JobLineage lineage =
          memory.add(ColumnLineages.lineage(inputs, outputs, event.path("outputs")));
      out.upsert(job, lineage);
    }
    String sql = text(event.path("job").path("facets").path("sql"), "query");
    for (Urn input : inputs) {
      if (memory.counted().add(input)) {
        out.usage(new UsageEvent(time, input, job.toString(), PrincipalKind.JOB, sql));
      }
    }
  }

  private List<Urn> datasets(JsonNode event, String field, String runId, EventContext context) {
    List<Urn> urns = new ArrayList<>();
    List<JsonNode> datasets = Nodes.array(event, field);
    for (int i = 0; i < datasets.size(); i++) {
      Urn urn = datasetUrn(datasets.get(i));
      if (urn != null) {
        urns.add(urn);
        context.facets().write(urn, datasets.get(i), context.time(), runId, "/" + field + "/" + i);
      }
    }
    return urns;
  }

  /** Everything accepted since the last call, as batches; the run memory is kept. */
  public List<Batch> drain(int maxOperations) {
    List<Batch> batches = out.isEmpty() ? List.of() : out.build(maxOperations);
    out = new BatchAssembler(source);
    return batches;
  }

  static Urn datasetUrn(JsonNode dataset) {
    String namespace = text(dataset, "namespace");
    String name = text(dataset, "name");
    return namespace == null || name == null ? null : Urn.dataset(namespace, name);
  }

  private static Urn jobUrn(JsonNode job) {
    String namespace = text(job, "namespace");
    String name = text(job, "name");
    return namespace == null || name == null ? null : Urn.job(namespace, name);
  }

  private static RunState state(String eventType) {
    if (eventType == null) {
      return RunState.OTHER;
    }
    try {
      return RunState.valueOf(eventType.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return RunState.OTHER;
    }
  }
}
