package dev.meshlens.sample.mesh;

import dev.meshlens.sample.mesh.model.Domain;
import dev.meshlens.sample.mesh.model.Mesh;
import dev.meshlens.sample.mesh.model.Person;
import dev.meshlens.sample.mesh.model.Platform;
import dev.meshlens.sample.mesh.model.Product;
import dev.meshlens.sample.mesh.model.Team;
import dev.meshlens.sample.mesh.model.Term;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes the mesh-wide files: {@code mesh.yaml}, {@code owners.yaml}, {@code glossary.yaml}, {@code
 * sources.yaml}.
 */
final class MeshFilesWriter {
  private final Mesh mesh;

  MeshFilesWriter(Mesh mesh) {
    this.mesh = mesh;
  }

  void write(Path root) throws IOException {
    Yaml.write(root.resolve("mesh.yaml"), meshFile());
    Yaml.write(root.resolve("owners.yaml"), Maps.of("owners", owners()));
    Yaml.write(root.resolve("glossary.yaml"), Maps.of("terms", terms()));
    Yaml.write(root.resolve("sources.yaml"), Maps.of("sources", sources()));
  }

  /** Where a product's descriptor lives, relative to the mesh root. */
  static String descriptorPath(Product product) {
    return "domains/" + product.domain() + "/" + product.id() + "/product.odps.yaml";
  }

  private Map<String, Object> meshFile() {
    List<Object> domains = new ArrayList<>();
    for (Domain d : mesh.domains()) {
      domains.add(
          Maps.of(
              "id", d.id(), "name", d.name(), "description", d.description(), "team", d.teamId()));
    }
    List<Object> products = new ArrayList<>();
    for (Product p : mesh.products()) {
      products.add(
          Maps.of(
              "domain",
              p.domain(),
              "id",
              p.id(),
              "name",
              p.name(),
              "descriptor",
              descriptorPath(p)));
    }
    return Maps.of(
        "company",
        mesh.company(),
        "tenant",
        "acme-outfitters",
        "anchor",
        mesh.anchor().toString(),
        "description",
        "Sample data mesh of Acme Outfitters, a European outdoor retailer with a web shop, an app and 40 stores.",
        "domains",
        domains,
        "products",
        products);
  }

  private List<Object> owners() {
    List<Object> owners = new ArrayList<>();
    for (Team t : mesh.teams()) {
      owners.add(
          Maps.of(
              "id",
              t.id(),
              "name",
              t.name(),
              "type",
              "team",
              "email",
              t.email(),
              "description",
              t.description()));
    }
    for (Person p : mesh.people()) {
      owners.add(
          Maps.of(
              "id", p.email(), "name", p.name(), "type", "person", "email", p.email(), "title",
              p.title(), "teams", p.teams()));
    }
    return owners;
  }

  private List<Object> terms() {
    List<Object> terms = new ArrayList<>();
    for (Term t : mesh.terms()) {
      terms.add(
          Maps.of(
              "id",
              t.id(),
              "name",
              t.name(),
              "definition",
              t.definition(),
              "synonyms",
              t.synonyms(),
              "owner",
              t.owner(),
              "related",
              t.related()));
    }
    return terms;
  }

  private List<Object> sources() {
    List<Object> sources = new ArrayList<>();
    sources.add(source("product-descriptors", "odps", "domains", "0 * * * *", Map.of()));
    for (Product p : mesh.products()) {
      sources.add(
          source(
              p.domain() + "-" + p.id(),
              "jdbc",
              "databases/" + p.domain() + "/" + p.id() + ".sqlite",
              p.hourly() ? "45 * * * *" : "30 11 * * *",
              Maps.of(
                  "namespace",
                  Platform.postgresNamespace(p.domain()),
                  "database",
                  p.database(),
                  "schema",
                  "public")));
    }
    sources.add(
        source(
            "pipelines-openlineage",
            "openlineage",
            "lineage/openlineage.ndjson",
            "*/15 * * * *",
            Map.of()));
    for (Product p : mesh.products()) {
      if (p.dbt() != null) {
        String namespace =
            p.dbt().adapter().equals("snowflake")
                ? Platform.SNOWFLAKE_NAMESPACE
                : Platform.postgresNamespace(p.domain());
        sources.add(
            source(
                p.id(),
                "dbt",
                "dbt/" + p.id(),
                "15 12 * * *",
                Maps.of(
                    "project",
                    p.dbt().name(),
                    "adapter",
                    p.dbt().adapter(),
                    "namespace",
                    namespace)));
      }
    }
    sources.add(source("query-log", "usage", "usage/query-log.ndjson", "0 1 * * *", Map.of()));
    sources.add(source("business-glossary", "glossary", "glossary.yaml", "0 6 * * 1", Map.of()));
    sources.add(source("owners-directory", "owners", "owners.yaml", "0 6 * * *", Map.of()));
    return sources;
  }

  private static Map<String, Object> source(
      String name, String type, String location, String cron, Map<String, ?> options) {
    return Maps.of(
        "name", name, "type", type, "location", location, "schedule", cron, "options", options);
  }
}
