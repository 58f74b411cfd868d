package dev.meshlens.indexer.crawl.dbt;

import static dev.meshlens.indexer.crawl.support.Nodes.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.model.QualityCheck;
import dev.meshlens.catalog.model.QualityChecks;
import dev.meshlens.catalog.model.QualityResult;
import dev.meshlens.indexer.crawl.support.BatchAssembler;
import dev.meshlens.indexer.crawl.support.Nodes;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns dbt tests into quality checks on the dataset they test (the attached node, else the last
 * node the test depends on), and their run results into quality results: {@code pass} (and {@code
 * success}) passed; {@code fail}, {@code warn} and {@code error} did not; skipped tests have none.
 */
final class DbtTests {
  private final DbtNaming naming;
  private final Map<String, JsonNode> relations;

  /** {@code relations}: the dataset nodes (models, seeds, snapshots, sources) by unique id. */
  DbtTests(DbtNaming naming, Map<String, JsonNode> relations) {
    this.naming = naming;
    this.relations = relations;
  }

  void write(List<JsonNode> tests, Map<String, JsonNode> results, RunInfo run, BatchAssembler out) {
    Map<Urn, List<QualityCheck>> checks = new LinkedHashMap<>();
    for (JsonNode test : tests) {
      JsonNode tested = relations.get(testedNode(test));
      if (tested == null) {
        continue;
      }
      Urn dataset = naming.dataset(tested);
      QualityCheck check = check(test);
      checks.computeIfAbsent(dataset, d -> new ArrayList<>()).add(check);
      JsonNode result = results.get(text(test, "unique_id"));
      if (result != null) {
        result(dataset, check.id(), result, run).ifPresent(out::qualityResult);
      }
    }
    checks.forEach((urn, list) -> out.mergeKeepingEarlier(urn, new QualityChecks(list)));
  }

  private static String testedNode(JsonNode test) {
    String attached = text(test, "attached_node");
    if (attached != null) {
      return attached;
    }
    List<String> depends = Nodes.texts(test.path("depends_on"), "nodes");
    return depends.isEmpty() ? null : depends.getLast();
  }

  private static QualityCheck check(JsonNode test) {
    JsonNode metadata = Nodes.object(test, "test_metadata");
    String type = metadata == null ? "singular" : text(metadata, "name");
    String rule;
    if (metadata != null && metadata.get("kwargs") instanceof ObjectNode kwargs) {
      ObjectNode shown = kwargs.deepCopy();
      shown.remove("model");
      rule = type + " " + shown;
    } else {
      rule = text(test, "raw_code");
    }
    return new QualityCheck(
        text(test, "name"),
        text(test, "column_name"),
        type == null ? "test" : type,
        text(test, "description"),
        rule == null ? null : rule.strip());
  }

  private static java.util.Optional<QualityResult> result(
      Urn dataset, String checkId, JsonNode result, RunInfo run) {
    String status = String.valueOf(text(result, "status")).toLowerCase(Locale.ROOT);
    Boolean passed =
        switch (status) {
          case "pass", "success" -> true;
          case "fail", "warn", "error", "runtime error" -> false;
          default -> null;
        };
    if (passed == null) {
      return java.util.Optional.empty();
    }
    Double failures = Nodes.number(result, "failures");
    String message = text(result, "message");
    return java.util.Optional.of(
        new QualityResult(
            dataset,
            checkId,
            completedAt(result, run.generatedAt()),
            passed,
            failures,
            run.invocationId(),
            status + (message == null ? "" : ": " + message)));
  }

  /** When a result's execution ended: its last timing, else when the artifact was written. */
  static Instant completedAt(JsonNode result, Instant fallback) {
    Instant last = null;
    for (JsonNode timing : Nodes.array(result, "timing")) {
      Instant at = instant(text(timing, "completed_at"));
      last = at != null && (last == null || at.isAfter(last)) ? at : last;
    }
    return last != null ? last : fallback;
  }

  static Instant instant(String text) {
    if (text == null) {
      return null;
    }
    try {
      return java.time.OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      try {
        return Instant.parse(text + "Z");
      } catch (DateTimeParseException again) {
        return null;
      }
    }
  }

  /** The invocation a run_results file describes. */
  record RunInfo(String invocationId, Instant generatedAt) {}
}
