package dev.meshlens.sample.mesh;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Validates mesh files against the shipped JSON Schemas: ODPS v1.0.0, ODCS v3.1.0 and OpenLineage
 * 2-0-2 with its facet schemas. The OpenLineage URLs ({@code https://openlineage.io/spec/...}) are
 * mapped to the local files, so no network is needed.
 */
final class SchemaValidator {
  private static final String OPENLINEAGE = "https://openlineage.io/spec/";

  private final Path material;
  private final SchemaRegistry registry;
  private final Map<String, Schema> facets = new HashMap<>();

  SchemaValidator(Path material) {
    this.material = material;
    Path spec = material.resolve("openlineage-spec");
    this.registry =
        SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder ->
                builder.schemas(iri -> iri.startsWith(OPENLINEAGE) ? local(spec, iri) : null));
    for (Path file : MeshFixture.files(spec.resolve("facets"), ".json")) {
      JsonNode facet = MeshFixture.json(file);
      String id = facet.get("$id").asText();
      String kind = id.contains("JobFacet") ? "job" : id.contains("RunFacet") ? "run" : "dataset";
      facet
          .get("properties")
          .fieldNames()
          .forEachRemaining(
              key -> facets.put(kind + ":" + key, registry.getSchema(SchemaLocation.of(id))));
    }
  }

  /** The local copy of an OpenLineage schema URL (facet versions are not in the file names). */
  private static String local(Path spec, String iri) {
    String file = iri.substring(iri.lastIndexOf('/') + 1);
    Path path =
        iri.startsWith(OPENLINEAGE + "facets/")
            ? spec.resolve("facets").resolve(file)
            : spec.resolve(file);
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Schema odps() {
    return fileSchema("data-product-standards/odps-bitol/schema/odps-json-schema-v1.0.0.json");
  }

  Schema odcs() {
    return fileSchema("data-product-standards/odcs-bitol/schema/odcs-json-schema-v3.1.0.json");
  }

  private Schema fileSchema(String relative) {
    Path file = material.resolve(relative);
    return registry.getSchema(SchemaLocation.of(file.toUri().toString()), MeshFixture.json(file));
  }

  Schema openLineage() {
    return registry.getSchema(SchemaLocation.of(OPENLINEAGE + "2-0-2/OpenLineage.json"));
  }

  /**
   * The errors of one OpenLineage event: the event itself, then each facet against its own schema.
   */
  List<String> validateEvent(Schema core, JsonNode event) {
    List<String> errors = new ArrayList<>(messages(core.validate(event)));
    errors.addAll(facetErrors("run", event.path("run").path("facets")));
    errors.addAll(facetErrors("job", event.path("job").path("facets")));
    for (String side : List.of("inputs", "outputs")) {
      for (JsonNode dataset : event.path(side)) {
        errors.addAll(facetErrors("dataset", dataset.path("facets")));
        errors.addAll(facetErrors("dataset", dataset.path("inputFacets")));
      }
    }
    return errors;
  }

  private List<String> facetErrors(String kind, JsonNode facetsNode) {
    List<String> errors = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = facetsNode.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> facet = it.next();
      Schema schema = facets.get(kind + ":" + facet.getKey());
      if (schema == null) {
        errors.add("no schema for " + kind + " facet " + facet.getKey());
        continue;
      }
      JsonNode wrapped = MeshFixture.JSON.createObjectNode().set(facet.getKey(), facet.getValue());
      errors.addAll(messages(schema.validate(wrapped)));
    }
    return errors;
  }

  static List<String> messages(List<Error> errors) {
    return errors.stream().map(Error::toString).toList();
  }
}
