package dev.meshlens.indexer.crawl.dbt;

import static dev.meshlens.indexer.crawl.support.Nodes.firstText;
import static dev.meshlens.indexer.crawl.support.Nodes.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.model.JobInfo;
import dev.meshlens.catalog.model.JobLineage;
import dev.meshlens.catalog.model.Ownership;
import dev.meshlens.catalog.model.Run;
import dev.meshlens.catalog.model.RunState;
import dev.meshlens.indexer.crawl.dbt.DbtTests.RunInfo;
import dev.meshlens.indexer.crawl.support.BatchAssembler;
import dev.meshlens.indexer.crawl.support.Nodes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns models and snapshots into jobs that read the relations they depend on and write their own,
 * with their compiled SQL, and their run results into runs ({@code success} → COMPLETE, {@code
 * error} → FAIL; skipped nodes have no run). A run's id is {@code <invocation id>:<unique id>}.
 */
final class DbtJobs {
  private final DbtNaming naming;
  private final Map<String, JsonNode> relations;

  DbtJobs(DbtNaming naming, Map<String, JsonNode> relations) {
    this.naming = naming;
    this.relations = relations;
  }

  void write(String uniqueId, JsonNode node, JsonNode result, RunInfo run, BatchAssembler out) {
    Urn job = naming.job(node);
    List<Urn> inputs = new ArrayList<>();
    for (String upstream : Nodes.texts(node.path("depends_on"), "nodes")) {
      JsonNode relation = relations.get(upstream);
      if (relation != null && !inputs.contains(naming.dataset(relation))) {
        inputs.add(naming.dataset(relation));
      }
    }
    List<Urn> outputs = List.of(naming.dataset(node));
    String type = "dbt-" + text(node, "resource_type");
    out.upsert(
        job,
        new JobInfo(text(node, "description"), type, firstText(node, "compiled_code", "raw_code")));
    out.upsert(job, new JobLineage(inputs, outputs, List.of()));
    if (!DbtDatasets.owners(node).isEmpty()) {
      out.upsert(job, new Ownership(DbtDatasets.owners(node)));
    }
    if (result != null && run.invocationId() != null) {
      RunState state =
          switch (String.valueOf(text(result, "status")).toLowerCase(Locale.ROOT)) {
            case "success", "pass" -> RunState.COMPLETE;
            case "error", "fail", "runtime error" -> RunState.FAIL;
            default -> null;
          };
      if (state != null) {
        out.run(
            new Run(
                run.invocationId() + ":" + uniqueId,
                job,
                state,
                startedAt(result),
                DbtTests.completedAt(result, run.generatedAt()),
                inputs,
                outputs,
                state == RunState.FAIL ? text(result, "message") : null));
      }
    }
  }

  private static Instant startedAt(JsonNode result) {
    Instant first = null;
    for (JsonNode timing : Nodes.array(result, "timing")) {
      Instant at = DbtTests.instant(text(timing, "started_at"));
      first = at != null && (first == null || at.isBefore(first)) ? at : first;
    }
    return first;
  }
}
