package dev.meshlens.sample.mesh;

import dev.meshlens.sample.mesh.model.Dataset;
import dev.meshlens.sample.mesh.model.DatasetId;
import dev.meshlens.sample.mesh.model.Job;
import dev.meshlens.sample.mesh.model.Mesh;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds a dbt manifest (schema v12) of a dbt product: models, seeds, tests, sources and lineage
 * maps.
 */
final class DbtManifestWriter {
  private final Mesh mesh;
  private final DbtProjectModel project;
  private final DbtNodes nodes;

  DbtManifestWriter(Mesh mesh, DbtProjectModel project) {
    this.mesh = mesh;
    this.project = project;
    this.nodes = new DbtNodes(project);
  }

  /** The tests of the project: unique id to rule and model. */
  Map<String, Map.Entry<QualityRule, Dataset>> tests() {
    Map<String, Map.Entry<QualityRule, Dataset>> tests = new LinkedHashMap<>();
    for (Dataset model : project.models.keySet()) {
      for (QualityRule rule : QualityRule.of(model)) {
        if (List.of("not_null", "unique", "accepted_values").contains(rule.assertion())) {
          String id =
              "test."
                  + project.project()
                  + "."
                  + rule.name()
                  + "."
                  + DbtNodes.hash(rule.name(), 10);
          tests.put(id, Map.entry(rule, model));
        }
      }
    }
    return tests;
  }

  Map<String, Object> manifest(DbtInvocation invocation) {
    Map<String, Object> nodeMap = new LinkedHashMap<>();
    Map<String, List<String>> parents = new TreeMap<>();
    for (Map.Entry<Dataset, String> seed : project.seeds.entrySet()) {
      nodeMap.put(seed.getValue(), nodes.seed(seed.getKey(), seed.getValue()));
      parents.put(seed.getValue(), List.of());
    }
    for (Job job : project.modelJobs()) {
      Dataset model = mesh.datasetsById().get(job.outputs().get(0));
      String id = project.models.get(model);
      List<String> inputs = project.parents.get(id);
      nodeMap.put(id, nodes.model(model, id, inputs, JobSql.sql(job, mesh.datasetsById())));
      parents.put(id, inputs);
    }
    for (Map.Entry<String, Map.Entry<QualityRule, Dataset>> test : tests().entrySet()) {
      Dataset model = test.getValue().getValue();
      String modelId = project.models.get(model);
      nodeMap.put(
          test.getKey(), nodes.test(test.getValue().getKey(), model, modelId, test.getKey()));
      parents.put(test.getKey(), List.of(modelId));
    }
    Map<String, Object> sources = new LinkedHashMap<>();
    for (Map.Entry<Dataset, String> source : project.sources.entrySet()) {
      sources.put(source.getValue(), source(source.getKey(), source.getValue()));
      parents.put(source.getValue(), List.of());
    }
    return Maps.of(
        "metadata",
        invocation.metadata("manifest/v12", project),
        "nodes",
        nodeMap,
        "sources",
        sources,
        "macros",
        Map.of(),
        "docs",
        Map.of(),
        "exposures",
        Map.of(),
        "metrics",
        Map.of(),
        "groups",
        Map.of(),
        "selectors",
        Map.of(),
        "disabled",
        Map.of(),
        "parent_map",
        parents,
        "child_map",
        children(parents),
        "group_map",
        Map.of(),
        "saved_queries",
        Map.of(),
        "semantic_models",
        Map.of(),
        "unit_tests",
        Map.of(),
        "functions",
        Map.of());
  }

  private static Map<String, List<String>> children(Map<String, List<String>> parents) {
    Map<String, List<String>> children = new TreeMap<>();
    parents.keySet().forEach(k -> children.put(k, new ArrayList<>()));
    parents.forEach((child, ps) -> ps.forEach(p -> children.get(p).add(child)));
    children.values().forEach(list -> list.sort(String::compareTo));
    return children;
  }

  private Map<String, Object> source(Dataset d, String uniqueId) {
    DatasetId from =
        mesh.jobs().stream()
            .filter(j -> j.outputs().contains(d.id()))
            .findFirst()
            .map(j -> j.inputs().isEmpty() ? null : j.inputs().get(0))
            .orElse(null);
    String description = d.description();
    if (description == null) {
      description = from == null ? "" : "Copy of " + from.name() + ".";
    }
    return nodes.source(d, uniqueId, description);
  }
}
