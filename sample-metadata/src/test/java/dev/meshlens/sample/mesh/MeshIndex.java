package dev.meshlens.sample.mesh;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The committed mesh read back from its files, the way a crawler would: owners, terms, products,
 * contracts and every dataset (from the product databases and from contracts with Kafka, S3 or
 * Snowflake servers), each with its column count and owning domain.
 */
final class MeshIndex {
  final Path root;
  final Set<String> owners = new HashSet<>();
  final Map<String, JsonNode> terms = new TreeMap<>();
  final Map<String, JsonNode> products = new LinkedHashMap<>();
  final Map<String, JsonNode> contracts = new TreeMap<>();
  final Map<String, String> contractProduct = new TreeMap<>();

  /** Dataset ({@code namespace/name}) to owning domain. */
  final Map<String, String> datasetDomain = new TreeMap<>();

  /** Dataset ({@code namespace/name}) to its number of columns. */
  final Map<String, Integer> datasetColumns = new TreeMap<>();

  MeshIndex(Path root) throws SQLException {
    this.root = root;
    MeshFixture.yaml(root.resolve("owners.yaml"))
        .path("owners")
        .forEach(o -> owners.add(o.path("id").asText()));
    MeshFixture.yaml(root.resolve("glossary.yaml"))
        .path("terms")
        .forEach(t -> terms.put(t.path("id").asText(), t));
    for (JsonNode p : MeshFixture.yaml(root.resolve("mesh.yaml")).path("products")) {
      String key = p.path("domain").asText() + "/" + p.path("id").asText();
      products.put(key, MeshFixture.yaml(root.resolve(p.path("descriptor").asText())));
      for (Path file :
          MeshFixture.files(
              root.resolve("domains").resolve(key).resolve("contracts"), ".odcs.yaml")) {
        JsonNode contract = MeshFixture.yaml(file);
        contracts.put(contract.path("id").asText(), contract);
        contractProduct.put(contract.path("id").asText(), key);
        external(contract, p.path("domain").asText());
      }
    }
    for (JsonNode source : MeshFixture.yaml(root.resolve("sources.yaml")).path("sources")) {
      if (source.path("type").asText().equals("jdbc")) {
        database(source);
      }
    }
  }

  private void external(JsonNode contract, String domain) {
    JsonNode server = contract.path("servers").get(0);
    String type = server.path("type").asText();
    if (type.equals("postgres")) {
      return;
    }
    for (JsonNode object : contract.path("schema")) {
      String physical = object.path("physicalName").asText();
      String id =
          switch (type) {
            case "kafka" -> "kafka://" + server.path("host").asText() + "/" + physical;
            case "s3" -> "s3://acme-landing/" + physical;
            default ->
                "snowflake://"
                    + server.path("account").asText()
                    + "/"
                    + server.path("database").asText()
                    + "."
                    + server.path("schema").asText()
                    + "."
                    + physical;
          };
      datasetDomain.put(id, domain);
      datasetColumns.put(id, object.path("properties").size());
    }
  }

  private void database(JsonNode source) throws SQLException {
    String namespace = source.path("options").path("namespace").asText();
    String database = source.path("options").path("database").asText();
    String domain = namespace.substring("postgres://".length(), namespace.indexOf("-db."));
    Path file = root.resolve(source.path("location").asText());
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement()) {
      List<String> names = new java.util.ArrayList<>();
      try (ResultSet rs =
          s.executeQuery("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")) {
        while (rs.next()) {
          names.add(rs.getString(1));
        }
      }
      for (String name : names) {
        int columns = 0;
        try (ResultSet rs =
            s.executeQuery("PRAGMA table_info(\"" + name.replace("\"", "\"\"") + "\")")) {
          while (rs.next()) {
            columns++;
          }
        }
        String id = namespace + "/" + database + ".public." + name;
        datasetDomain.put(id, domain);
        datasetColumns.put(id, columns);
      }
    }
  }

  static String id(JsonNode dataset) {
    return dataset.path("namespace").asText() + "/" + dataset.path("name").asText();
  }
}
