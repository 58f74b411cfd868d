package dev.meshlens.indexer.crawl.openlineage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.meshlens.indexer.crawl.support.Documents;
import dev.meshlens.indexer.crawl.support.JsonSchemaCheck;
import dev.meshlens.indexer.crawl.support.JsonSchemaCheck.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks OpenLineage events against the 2-0-2 core schema and the facet schemas shipped on the
 * class path (no network): each facet is checked against the schema of the same name for its place
 * (run, job, dataset, input or output dataset facets), falling back to a facet of that name for
 * another place. Unknown (custom) facets are not checked. Safe for concurrent use.
 */
public final class OpenLineageValidator {
  private static final String SPEC = "dev/meshlens/indexer/crawl/openlineage/spec/";
  private static final String CORE_ID = "https://openlineage.io/spec/2-0-2/OpenLineage.json";

  private final JsonSchemaCheck core;
  private final Map<String, JsonSchemaCheck> kinds = new HashMap<>();
  private final Map<String, JsonSchemaCheck> facets = new HashMap<>();

  public OpenLineageValidator() {
    SchemaRegistry registry =
        SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            b ->
                b.schemaIdResolvers(
                    r -> r.mapPrefix("https://openlineage.io/spec/2-0-2/", "classpath:" + SPEC)));
    core = JsonSchemaCheck.of(registry.getSchema(SchemaLocation.of(CORE_ID)));
    for (String kind : List.of("RunEvent", "DatasetEvent", "JobEvent")) {
      kinds.put(
          kind,
          JsonSchemaCheck.of(registry.getSchema(SchemaLocation.of(CORE_ID + "#/$defs/" + kind))));
    }
    for (String file : resource(SPEC + "facets/index.txt").split("\n")) {
      if (file.isBlank()) {
        continue;
      }
      String location = "classpath:" + SPEC + "facets/" + file.trim();
      JsonNode document = Documents.parseJson(resource(SPEC + "facets/" + file.trim()));
      Schema schema = registry.getSchema(SchemaLocation.of(location), document);
      String kind = kind(document);
      document
          .path("properties")
          .fieldNames()
          .forEachRemaining(
              key -> facets.putIfAbsent(kind + "/" + key, JsonSchemaCheck.of(schema)));
    }
  }

  /**
   * Every problem of the event, once each, with JSON-pointer paths into it; empty when it is valid.
   * An invalid event's core problems are those of the kind of event its shape says it is (with
   * {@code run} and {@code job} a RunEvent, with {@code dataset} a DatasetEvent, with {@code job} a
   * JobEvent), not the noise of the core schema's {@code oneOf} over all three.
   */
  public List<Problem> check(JsonNode event) {
    List<Problem> problems = new ArrayList<>(coreProblems(event));
    checkFacets(event.path("run").path("facets"), "/run/facets", "RunFacet", problems);
    checkFacets(event.path("job").path("facets"), "/job/facets", "JobFacet", problems);
    checkDatasets(event, "inputs", "inputFacets", "InputDatasetFacet", problems);
    checkDatasets(event, "outputs", "outputFacets", "OutputDatasetFacet", problems);
    if (event.has("dataset")) {
      checkFacets(
          event.path("dataset").path("facets"), "/dataset/facets", "DatasetFacet", problems);
    }
    return problems.stream().distinct().toList();
  }

  private List<Problem> coreProblems(JsonNode event) {
    List<Problem> problems = core.check(event);
    if (problems.isEmpty()) {
      return problems;
    }
    String kind =
        event.has("run") && event.has("job")
            ? "RunEvent"
            : event.has("dataset") ? "DatasetEvent" : event.has("job") ? "JobEvent" : null;
    List<Problem> precise = kind == null ? List.of() : kinds.get(kind).check(event);
    return precise.isEmpty() ? problems : precise;
  }

  private void checkDatasets(
      JsonNode event, String list, String extra, String extraKind, List<Problem> problems) {
    JsonNode datasets = event.path(list);
    for (int i = 0; i < datasets.size(); i++) {
      String at = "/" + list + "/" + i;
      checkFacets(datasets.get(i).path("facets"), at + "/facets", "DatasetFacet", problems);
      checkFacets(datasets.get(i).path(extra), at + "/" + extra, extraKind, problems);
    }
  }

  private void checkFacets(JsonNode container, String at, String kind, List<Problem> problems) {
    if (!container.isObject()) {
      return;
    }
    container
        .fields()
        .forEachRemaining(facet -> {
          JsonSchemaCheck schema = find(kind, facet.getKey());
          if (schema != null && facet.getValue().isObject()) {
            ObjectNode wrapped = Documents.json().createObjectNode();
            wrapped.set(facet.getKey(), facet.getValue());
            schema
                .check(wrapped)
                .forEach(p -> problems.add(new Problem(at + p.path(), p.message())));
          }
        });
  }

  private JsonSchemaCheck find(String kind, String key) {
    JsonSchemaCheck exact = facets.get(kind + "/" + key);
    if (exact != null) {
      return exact;
    }
    for (String other :
        List.of(
            "DatasetFacet", "InputDatasetFacet", "OutputDatasetFacet", "RunFacet", "JobFacet")) {
      boolean sameFamily = kind.endsWith("DatasetFacet") == other.endsWith("DatasetFacet");
      if (sameFamily && facets.containsKey(other + "/" + key)) {
        return facets.get(other + "/" + key);
      }
    }
    return null;
  }

  /** The facet kind a facet schema extends ({@code DatasetFacet}, {@code RunFacet}, ...). */
  private static String kind(JsonNode document) {
    for (JsonNode definition : document.path("$defs")) {
      for (JsonNode part : definition.path("allOf")) {
        String ref = part.path("$ref").asText("");
        if (ref.contains("#/$defs/")) {
          return ref.substring(ref.lastIndexOf('/') + 1);
        }
      }
    }
    return "Unknown";
  }

  private static String resource(String name) {
    try (InputStream in = OpenLineageValidator.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("Not on the class path: " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + name, e);
    }
  }
}
