package dev.meshlens.sample.mesh;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SchemaValidationTest {
  private static Path mesh;
  private static SchemaValidator validator;

  @BeforeAll
  static void load() {
    mesh = MeshFixture.committedMesh();
    validator = new SchemaValidator(MeshFixture.material());
  }

  @Test
  void every_product_descriptor_is_valid_odps() {
    List<Path> descriptors = MeshFixture.files(mesh.resolve("domains"), ".odps.yaml");
    assertThat(descriptors).hasSizeGreaterThanOrEqualTo(24);
    assertValid(validator.odps(), descriptors);
  }

  @Test
  void every_contract_is_valid_odcs() {
    List<Path> contracts = MeshFixture.files(mesh.resolve("domains"), ".odcs.yaml");
    assertThat(contracts).hasSizeGreaterThanOrEqualTo(24);
    assertValid(validator.odcs(), contracts);
  }

  @Test
  void every_openlineage_event_and_facet_is_valid() {
    Schema core = validator.openLineage();
    List<String> errors = new ArrayList<>();
    int line = 0;
    for (JsonNode event : MeshFixture.ndjson(mesh.resolve(LineageWriter.FILE))) {
      line++;
      for (String error : validator.validateEvent(core, event)) {
        errors.add("line " + line + ": " + error);
      }
    }
    assertThat(line).isGreaterThan(1_000);
    assertThat(errors).as("schema errors in %s", LineageWriter.FILE).isEmpty();
  }

  @Test
  void an_invalid_event_is_rejected() {
    JsonNode event = MeshFixture.ndjson(mesh.resolve(LineageWriter.FILE)).get(0).deepCopy();
    ((ObjectNode) event.get("run")).put("runId", 42);

    assertThat(validator.validateEvent(validator.openLineage(), event))
        .as("the validator is not vacuous")
        .isNotEmpty();
  }

  @Test
  void an_invalid_facet_is_rejected() {
    JsonNode event =
        MeshFixture.ndjson(mesh.resolve(LineageWriter.FILE)).stream()
            .filter(e -> e.path("outputs").path(0).path("facets").has("schema"))
            .findFirst()
            .orElseThrow()
            .deepCopy();
    ObjectNode schema = (ObjectNode) event.path("outputs").path(0).path("facets").path("schema");
    schema.put("fields", "not a list");

    assertThat(validator.validateEvent(validator.openLineage(), event)).isNotEmpty();
  }

  @Test
  void an_invalid_contract_is_rejected() {
    Path file = MeshFixture.files(mesh.resolve("domains"), ".odcs.yaml").get(0);
    ObjectNode contract = (ObjectNode) MeshFixture.yaml(file);
    ObjectNode property = (ObjectNode) contract.path("schema").path(0).path("properties").path(0);
    property.put("logicalType", "text");

    assertThat(validator.odcs().validate(contract)).isNotEmpty();
  }

  private static void assertValid(Schema schema, List<Path> files) {
    List<String> errors = new ArrayList<>();
    for (Path file : files) {
      for (String error : SchemaValidator.messages(schema.validate(MeshFixture.yaml(file)))) {
        errors.add(mesh.relativize(file) + ": " + error);
      }
    }
    assertThat(errors).isEmpty();
  }
}
