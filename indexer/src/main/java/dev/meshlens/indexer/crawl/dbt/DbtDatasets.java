package dev.meshlens.indexer.crawl.dbt;

import static dev.meshlens.indexer.crawl.support.Nodes.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.model.DatasetInfo;
import dev.meshlens.catalog.model.Field;
import dev.meshlens.catalog.model.Owner;
import dev.meshlens.catalog.model.Ownership;
import dev.meshlens.catalog.model.Schema;
import dev.meshlens.catalog.model.Tag;
import dev.meshlens.catalog.model.Tags;
import dev.meshlens.indexer.crawl.support.BatchAssembler;
import dev.meshlens.indexer.crawl.support.Nodes;
import dev.meshlens.indexer.crawl.support.TagValues;
import dev.meshlens.indexer.crawl.support.Warnings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes a model, seed, snapshot or source as a dataset: description, kind, owners ({@code
 * meta.owner}), tags and columns. Column types from catalog.json win over those declared in the
 * manifest, and catalog.json's column order is kept; manifest descriptions and tags are added.
 */
final class DbtDatasets {
  private final DbtNaming naming;
  private final JsonNode catalog;
  private final Warnings warnings;
  private final String file;

  DbtDatasets(DbtNaming naming, JsonNode catalog, Warnings warnings, String file) {
    this.naming = naming;
    this.catalog = catalog;
    this.warnings = warnings;
    this.file = file;
  }

  void write(String uniqueId, JsonNode node, BatchAssembler out) {
    Urn urn = naming.dataset(node);
    JsonNode cataloged = catalogEntry(uniqueId);
    String path = "/" + (uniqueId.startsWith("source.") ? "sources" : "nodes") + "/" + uniqueId;
    out.mergeKeepingEarlier(urn, info(uniqueId, node, cataloged));
    out.mergeKeepingEarlier(urn, Schema.of(fields(node, cataloged, path)));
    List<Tag> tags = TagValues.tags(tagNames(node), warnings, file, path + "/tags");
    if (!tags.isEmpty()) {
      out.mergeKeepingEarlier(urn, new Tags(tags));
    }
    List<Owner> owners = owners(node);
    if (!owners.isEmpty()) {
      out.mergeKeepingEarlier(urn, new Ownership(owners));
    }
  }

  private DatasetInfo info(String uniqueId, JsonNode node, JsonNode cataloged) {
    String type = String.valueOf(text(node, "resource_type"));
    String materialized = text(node.path("config"), "materialized");
    Map<String, String> properties = new LinkedHashMap<>();
    properties.put("dbtUniqueId", uniqueId);
    properties.put("dbtResourceType", type);
    if (materialized != null) {
      properties.put("materialized", materialized);
    }
    String kind =
        switch (type) {
          case "model" -> "view".equals(materialized) ? "view" : "table";
          case "seed", "snapshot", "source" -> "table";
          default -> type;
        };
    return new DatasetInfo(
        text(node, "name"),
        text(node, "description"),
        naming.platform(),
        kind,
        null,
        rowCount(cataloged),
        properties);
  }

  private List<Field> fields(JsonNode node, JsonNode cataloged, String path) {
    Map<String, JsonNode> declared = new LinkedHashMap<>();
    Nodes.fields(node, "columns").forEach(e -> declared.put(lower(e.getKey()), e.getValue()));
    Map<String, Field> fields = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> entry : Nodes.fields(cataloged, "columns")) {
      JsonNode column = entry.getValue();
      String name = Nodes.firstText(column, "name");
      JsonNode doc = declared.get(lower(name == null ? entry.getKey() : name));
      fields.put(
          lower(entry.getKey()),
          field(name == null ? entry.getKey() : name, text(column, "type"), doc, path));
    }
    for (Map.Entry<String, JsonNode> entry : declared.entrySet()) {
      if (!fields.containsKey(entry.getKey())) {
        JsonNode doc = entry.getValue();
        String name = Nodes.firstText(doc, "name");
        fields.put(
            entry.getKey(),
            field(name == null ? entry.getKey() : name, text(doc, "data_type"), doc, path));
      }
    }
    return new ArrayList<>(fields.values());
  }

  private Field field(String name, String type, JsonNode doc, String path) {
    List<Tag> tags =
        doc == null
            ? List.of()
            : TagValues.tags(tagNames(doc), warnings, file, path + "/columns/" + name + "/tags");
    return new Field(
        name,
        type != null ? type : text(doc, "data_type"),
        null,
        text(doc, "description"),
        tags,
        List.of(),
        TagValues.classification(null, tags, warnings, file, path));
  }

  private JsonNode catalogEntry(String uniqueId) {
    if (catalog == null) {
      return null;
    }
    JsonNode entry =
        catalog.path(uniqueId.startsWith("source.") ? "sources" : "nodes").get(uniqueId);
    return entry == null || !entry.isObject() ? null : entry;
  }

  private static Long rowCount(JsonNode cataloged) {
    JsonNode rows = cataloged == null ? null : cataloged.path("stats").get("num_rows");
    Double value = rows == null ? null : Nodes.number(rows, "value");
    return value == null || value < 0 ? null : value.longValue();
  }

  /** The tags of a node or column: its own and its config's, each once. */
  static List<String> tagNames(JsonNode node) {
    Set<String> names = new LinkedHashSet<>(Nodes.texts(node, "tags"));
    names.addAll(Nodes.texts(node.path("config"), "tags"));
    return new ArrayList<>(names);
  }

  /** Owners from {@code meta.owner} (a name or a list), in the node or its config. */
  static List<Owner> owners(JsonNode node) {
    Set<String> names = new LinkedHashSet<>(Nodes.texts(node.path("meta"), "owner"));
    names.addAll(Nodes.texts(node.path("config").path("meta"), "owner"));
    return names.stream().map(n -> new Owner(Urn.owner(n), "owner")).toList();
  }

  private static String lower(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
