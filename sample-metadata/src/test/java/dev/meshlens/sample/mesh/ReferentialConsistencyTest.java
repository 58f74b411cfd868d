package dev.meshlens.sample.mesh;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReferentialConsistencyTest {
  private static MeshIndex mesh;
  private static List<JsonNode> events;

  @BeforeAll
  static void load() throws Exception {
    mesh = new MeshIndex(MeshFixture.committedMesh());
    events = MeshFixture.ndjson(mesh.root.resolve(LineageWriter.FILE));
  }

  @Test
  void every_owner_reference_resolves_in_owners_yaml() {
    Set<String> referenced = new TreeSet<>();
    MeshFixture.yaml(mesh.root.resolve("mesh.yaml"))
        .path("domains")
        .forEach(d -> referenced.add(d.path("team").asText()));
    MeshFixture.yaml(mesh.root.resolve("owners.yaml"))
        .path("owners")
        .forEach(o -> o.path("teams").forEach(t -> referenced.add(t.asText())));
    mesh.terms.values().forEach(t -> referenced.add(t.path("owner").asText()));
    List<JsonNode> documents = new ArrayList<>(mesh.products.values());
    documents.addAll(mesh.contracts.values());
    for (JsonNode document : documents) {
      referenced.add(document.path("team").path("name").asText());
      document
          .path("team")
          .path("members")
          .forEach(m -> referenced.add(m.path("username").asText()));
    }
    for (JsonNode event : events) {
      event
          .path("job")
          .path("facets")
          .path("ownership")
          .path("owners")
          .forEach(o -> referenced.add(o.path("name").asText()));
      event
          .path("outputs")
          .forEach(d ->
              d.path("facets")
                  .path("ownership")
                  .path("owners")
                  .forEach(o -> referenced.add(o.path("name").asText())));
    }
    for (Path manifest : MeshFixture.files(mesh.root.resolve("dbt"), "manifest.json")) {
      MeshFixture.json(manifest)
          .path("nodes")
          .forEach(n -> n.path("meta").path("owner").forEach(o -> referenced.add(o.asText())));
      MeshFixture.json(manifest)
          .path("nodes")
          .forEach(n -> {
            if (n.path("meta").has("owner")) {
              referenced.add(n.path("meta").path("owner").asText());
            }
          });
    }
    MeshFixture.ndjson(mesh.root.resolve(UsageLogWriter.FILE))
        .forEach(q -> referenced.add(q.path("user").asText()));

    assertThat(referenced).hasSizeGreaterThan(20);
    assertThat(mesh.owners).containsAll(referenced);
  }

  @Test
  void every_output_port_names_a_contract_of_its_own_product() {
    for (Map.Entry<String, JsonNode> product : mesh.products.entrySet()) {
      for (JsonNode port : product.getValue().path("outputPorts")) {
        String id = port.path("contractId").asText();
        assertThat(mesh.contracts)
            .as("contract of port %s of %s", port.path("name").asText(), product.getKey())
            .containsKey(id);
        assertThat(mesh.contractProduct.get(id)).isEqualTo(product.getKey());
        assertThat(mesh.contracts.get(id).path("version").asText())
            .isEqualTo(port.path("version").asText());
      }
    }
  }

  @Test
  void every_input_port_names_another_products_output_contract() {
    int inputs = 0;
    Set<String> domainsCrossed = new TreeSet<>();
    for (Map.Entry<String, JsonNode> product : mesh.products.entrySet()) {
      for (JsonNode port : product.getValue().path("inputPorts")) {
        inputs++;
        String id = port.path("contractId").asText();
        assertThat(mesh.contracts)
            .as("input port %s of %s", port.path("name").asText(), product.getKey())
            .containsKey(id);
        String owner = mesh.contractProduct.get(id);
        assertThat(owner).isNotEqualTo(product.getKey());
        assertThat(mesh.products.get(owner).path("outputPorts").findValuesAsText("contractId"))
            .contains(id);
        if (!owner.startsWith(product.getValue().path("domain").asText() + "/")) {
          domainsCrossed.add(owner + " -> " + product.getKey());
        }
      }
    }
    assertThat(inputs).isGreaterThan(40);
    assertThat(domainsCrossed).as("input ports across domains").hasSizeGreaterThan(10);
  }

  @Test
  void every_glossary_link_resolves_to_a_term() {
    List<String> links = new ArrayList<>();
    for (JsonNode contract : mesh.contracts.values()) {
      for (JsonNode definition : contract.findValues("authoritativeDefinitions")) {
        definition.forEach(d -> links.add(d.path("url").asText()));
      }
    }
    assertThat(links).hasSizeGreaterThan(100).allMatch(url -> url.startsWith("glossary:"));
    assertThat(mesh.terms.keySet())
        .containsAll(links.stream().map(url -> url.substring("glossary:".length())).toList());
    mesh.terms
        .values()
        .forEach(
            t -> t.path("related").forEach(r -> assertThat(mesh.terms).containsKey(r.asText())));
  }

  @Test
  void every_dataset_in_lineage_usage_and_dbt_is_a_database_table_or_declared_in_a_contract() {
    Set<String> referenced = new TreeSet<>();
    for (JsonNode event : events) {
      event.path("inputs").forEach(d -> referenced.add(MeshIndex.id(d)));
      event.path("outputs").forEach(d -> referenced.add(MeshIndex.id(d)));
    }
    MeshFixture.ndjson(mesh.root.resolve(UsageLogWriter.FILE))
        .forEach(q -> q.path("datasets").forEach(d -> referenced.add(MeshIndex.id(d))));
    referenced.addAll(dbtRelations());

    assertThat(referenced).hasSizeGreaterThan(250);
    assertThat(mesh.datasetDomain.keySet()).containsAll(referenced);
  }

  private static Set<String> dbtRelations() {
    Set<String> relations = new TreeSet<>();
    for (JsonNode source : MeshFixture.yaml(mesh.root.resolve("sources.yaml")).path("sources")) {
      if (!source.path("type").asText().equals("dbt")) {
        continue;
      }
      String namespace = source.path("options").path("namespace").asText();
      JsonNode manifest =
          MeshFixture.json(
              mesh.root.resolve(source.path("location").asText()).resolve("manifest.json"));
      List<JsonNode> nodes = new ArrayList<>();
      manifest.path("nodes").forEach(nodes::add);
      manifest.path("sources").forEach(nodes::add);
      for (JsonNode node : nodes) {
        if (!node.path("resource_type").asText().equals("test")) {
          String name =
              node.has("identifier")
                  ? node.path("identifier").asText()
                  : node.path("alias").asText();
          relations.add(
              namespace
                  + "/"
                  + node.path("database").asText()
                  + "."
                  + node.path("schema").asText()
                  + "."
                  + name);
        }
      }
    }
    assertThat(relations).hasSizeGreaterThan(20);
    return relations;
  }

  @Test
  void every_source_location_and_descriptor_path_exists() {
    for (JsonNode source : MeshFixture.yaml(mesh.root.resolve("sources.yaml")).path("sources")) {
      assertThat(mesh.root.resolve(source.path("location").asText()))
          .as(source.path("name").asText())
          .exists();
      assertThat(source.path("schedule").asText().split(" "))
          .as("cron of %s", source.path("name").asText())
          .hasSize(5);
    }
    for (JsonNode product : MeshFixture.yaml(mesh.root.resolve("mesh.yaml")).path("products")) {
      assertThat(Files.isRegularFile(mesh.root.resolve(product.path("descriptor").asText())))
          .isTrue();
    }
  }
}
