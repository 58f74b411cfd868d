package dev.meshlens.indexer.crawl.product;

import static dev.meshlens.indexer.crawl.support.Nodes.firstText;
import static dev.meshlens.indexer.crawl.support.Nodes.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meshlens.catalog.Urn;
import dev.meshlens.indexer.crawl.support.Nodes;
import dev.meshlens.indexer.crawl.support.TagValues;
import dev.meshlens.indexer.crawl.support.Warnings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads one schema-valid ODCS document into a {@link Contract}. */
final class ContractParser {
  private final Warnings warnings;
  private final String environment;
  private final String fallbackNamespace;

  /**
   * @param environment the server environment to name datasets from, or null for prod/the first
   * @param fallbackNamespace the namespace of datasets of contracts without servers, or null to
   *     leave such datasets out (with a warning)
   */
  ContractParser(Warnings warnings, String environment, String fallbackNamespace) {
    this.warnings = warnings;
    this.environment = environment;
    this.fallbackNamespace = fallbackNamespace;
  }

  Contract parse(Path file, JsonNode root) {
    String id = text(root, "id");
    Map<String, Urn> objects = objectUrns(file, root);
    SchemaObjects schemaObjects = new SchemaObjects(file.toString(), warnings, objects);
    List<ContractDataset> datasets = new ArrayList<>();
    List<JsonNode> schema = Nodes.array(root, "schema");
    for (int i = 0; i < schema.size(); i++) {
      Urn urn = objects.get(objectName(schema.get(i)));
      if (urn != null) {
        datasets.add(schemaObjects.dataset(urn, schema.get(i), "/schema/" + i, id));
      }
    }
    return new Contract(
        file,
        id,
        firstText(root, "name", "id"),
        text(root, "version"),
        text(root, "status"),
        description(root),
        text(root, "domain"),
        SlaProperties.sla(root),
        datasets,
        TeamOwners.owners(root),
        TagValues.tags(Nodes.texts(root, "tags"), warnings, file.toString(), "/tags"));
  }

  /** The dataset of each schema object, by logical and by physical name. */
  private Map<String, Urn> objectUrns(Path file, JsonNode root) {
    Map<String, Urn> urns = new HashMap<>();
    Optional<JsonNode> server = ContractServers.choose(root, environment);
    List<JsonNode> schema = Nodes.array(root, "schema");
    if (server.isEmpty() && fallbackNamespace == null && !schema.isEmpty()) {
      warnings.add(
          file.toString(),
          "/servers",
          "no server to name its datasets by (set the namespace option for such contracts);"
              + " its schema objects are left out");
      return urns;
    }
    for (int i = 0; i < schema.size(); i++) {
      JsonNode object = schema.get(i);
      String name = objectName(object);
      try {
        Urn urn =
            server.isPresent()
                ? ContractServers.dataset(server.get(), name)
                : Urn.dataset(fallbackNamespace, name);
        urns.put(name, urn);
        String logical = text(object, "name");
        urns.putIfAbsent(logical == null ? name : logical, urn);
      } catch (IllegalArgumentException e) {
        warnings.add(file.toString(), "/schema/" + i, e.getMessage());
      }
    }
    return urns;
  }

  private static String objectName(JsonNode object) {
    return firstText(object, "physicalName", "name");
  }

  /** The purpose (or usage) of a description object, or a plain description text. */
  static String description(JsonNode root) {
    JsonNode description = root.get("description");
    if (description == null || description.isNull()) {
      return null;
    }
    return description.isObject()
        ? firstText(description, "purpose", "usage")
        : text(root, "description");
  }
}
