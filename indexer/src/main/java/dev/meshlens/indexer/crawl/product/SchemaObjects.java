package dev.meshlens.indexer.crawl.product;

import static dev.meshlens.indexer.crawl.support.Nodes.firstText;
import static dev.meshlens.indexer.crawl.support.Nodes.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.model.Classification;
import dev.meshlens.catalog.model.DatasetInfo;
import dev.meshlens.catalog.model.Field;
import dev.meshlens.catalog.model.ForeignKey;
import dev.meshlens.catalog.model.QualityCheck;
import dev.meshlens.catalog.model.Schema;
import dev.meshlens.catalog.model.Tag;
import dev.meshlens.indexer.crawl.DatasetNames;
import dev.meshlens.indexer.crawl.support.Nodes;
import dev.meshlens.indexer.crawl.support.TagValues;
import dev.meshlens.indexer.crawl.support.Warnings;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns one ODCS schema object into a dataset: its columns (physical names, physical or logical
 * types, {@code required} as not-nullable, descriptions, tags, classification, glossary links),
 * primary key, foreign keys to other objects of the same contract, and quality checks.
 */
final class SchemaObjects {
  private static final String TERM_TAG = "term:";
  private static final String GLOSSARY_URL = "glossary:";

  private final String file;
  private final Warnings warnings;
  private final Map<String, Urn> objects;

  /** {@code objects}: the datasets of the contract by object name and physical name, for keys. */
  SchemaObjects(String file, Warnings warnings, Map<String, Urn> objects) {
    this.file = file;
    this.warnings = warnings;
    this.objects = objects;
  }

  ContractDataset dataset(Urn urn, JsonNode object, String path, String contractId) {
    Set<String> checkIds = new HashSet<>();
    List<Field> fields = new ArrayList<>();
    TreeMap<Integer, String> primaryKey = new TreeMap<>();
    List<ForeignKey> foreignKeys = new ArrayList<>();
    List<QualityCheck> checks = new ArrayList<>();
    List<JsonNode> properties = Nodes.array(object, "properties");
    for (int i = 0; i < properties.size(); i++) {
      JsonNode property = properties.get(i);
      Field field = field(property, "", path + "/properties/" + i);
      fields.add(field);
      if (Boolean.TRUE.equals(Nodes.bool(property, "primaryKey"))) {
        Double position = Nodes.number(property, "primaryKeyPosition");
        int at = position == null || position < 1 ? 1000 + i : position.intValue();
        primaryKey.put(at, field.name());
      }
      for (JsonNode relation : Nodes.array(property, "relationships")) {
        foreignKey(List.of(field.name()), Nodes.texts(relation, "to")).ifPresent(foreignKeys::add);
      }
      checks.addAll(QualityRules.checks(property, field.name(), checkIds));
    }
    for (JsonNode relation : Nodes.array(object, "relationships")) {
      List<String> from =
          Nodes.texts(relation, "from").stream().map(SchemaObjects::column).toList();
      foreignKey(from, Nodes.texts(relation, "to")).ifPresent(foreignKeys::add);
    }
    checks.addAll(QualityRules.checks(object, null, checkIds));
    Schema schema = schema(fields, List.copyOf(primaryKey.values()), foreignKeys, path);
    List<Tag> allTags = TagValues.tags(Nodes.texts(object, "tags"), warnings, file, path + "/tags");
    DatasetInfo info = info(urn, object, fields, contractId, path);
    return new ContractDataset(
        urn, info, schema, withoutTerms(allTags), terms(object, allTags), checks);
  }

  private Schema schema(List<Field> fields, List<String> key, List<ForeignKey> fks, String path) {
    try {
      return new Schema(fields, key, fks);
    } catch (IllegalArgumentException e) {
      warnings.add(file, path, e.getMessage() + "; keys left out");
      Map<String, Field> unique = new LinkedHashMap<>();
      fields.forEach(f -> unique.putIfAbsent(f.name(), f));
      return Schema.of(List.copyOf(unique.values()));
    }
  }

  private Field field(JsonNode property, String prefix, String path) {
    String name = prefix + firstText(property, "physicalName", "name");
    List<Tag> tags = TagValues.tags(Nodes.texts(property, "tags"), warnings, file, path + "/tags");
    Boolean required = Nodes.bool(property, "required");
    Classification classification =
        TagValues.classification(
            text(property, "classification"), tags, warnings, file, path + "/classification");
    return new Field(
        name,
        firstText(property, "physicalType", "logicalType"),
        required == null ? null : !required,
        text(property, "description"),
        withoutTerms(tags),
        terms(property, tags),
        classification);
  }

  private DatasetInfo info(
      Urn urn, JsonNode object, List<Field> fields, String contractId, String path) {
    Map<String, String> properties = new LinkedHashMap<>();
    properties.put("contract", contractId);
    String logical = text(object, "name");
    if (logical != null && !logical.equals(urn.localName())) {
      properties.put("logicalName", logical);
    }
    String granularity = text(object, "dataGranularityDescription");
    if (granularity != null) {
      properties.put("granularity", granularity);
    }
    String platform = DatasetNames.platform(urn.part(0));
    String kind = text(object, "physicalType");
    return new DatasetInfo(
        firstText(object, "businessName", "name"),
        text(object, "description"),
        platform,
        kind != null ? kind.toLowerCase(Locale.ROOT) : defaultKind(platform),
        classification(object, fields, path),
        null,
        properties);
  }

  private Classification classification(JsonNode object, List<Field> fields, String path) {
    Classification own =
        TagValues.classification(
            text(object, "classification"), List.of(), warnings, file, path + "/classification");
    if (own != null) {
      return own;
    }
    Classification.Sensitivity max = null;
    boolean pii = false;
    for (Field field : fields) {
      Classification c = field.classification();
      if (c != null) {
        max = max == null || c.sensitivity().compareTo(max) > 0 ? c.sensitivity() : max;
        pii |= c.pii();
      }
    }
    return max == null ? null : new Classification(max, pii);
  }

  private static String defaultKind(String platform) {
    return switch (platform) {
      case "kafka" -> "topic";
      case "s3", "gs", "abfss", "file" -> "file";
      default -> "table";
    };
  }

  private Optional<ForeignKey> foreignKey(List<String> from, List<String> to) {
    if (from.isEmpty() || from.size() != to.size()) {
      return Optional.empty();
    }
    Urn target = null;
    List<String> columns = new ArrayList<>();
    for (String reference : to) {
      int dot = reference.lastIndexOf('.');
      Urn table = dot < 0 ? null : objects.get(reference.substring(0, dot));
      if (table == null || (target != null && !target.equals(table))) {
        return Optional.empty();
      }
      target = table;
      columns.add(reference.substring(dot + 1));
    }
    return Optional.of(new ForeignKey(from, target, columns));
  }

  private static String column(String reference) {
    return reference.substring(reference.lastIndexOf('.') + 1);
  }

  private static List<Tag> withoutTerms(List<Tag> tags) {
    return tags.stream().filter(t -> !t.name().startsWith(TERM_TAG)).toList();
  }

  /** Glossary terms: tags {@code term:<id>} and authoritative definitions {@code glossary:<id>}. */
  static List<Urn> terms(JsonNode node, List<Tag> tags) {
    Set<Urn> terms = new LinkedHashSet<>();
    for (Tag tag : tags) {
      if (tag.name().startsWith(TERM_TAG) && tag.name().length() > TERM_TAG.length()) {
        terms.add(Urn.term(tag.name().substring(TERM_TAG.length())));
      }
    }
    for (JsonNode definition : Nodes.array(node, "authoritativeDefinitions")) {
      String url = text(definition, "url");
      if (url != null && url.startsWith(GLOSSARY_URL) && url.length() > GLOSSARY_URL.length()) {
        terms.add(Urn.term(url.substring(GLOSSARY_URL.length())));
      }
    }
    return List.copyOf(terms);
  }
}
