package dev.meshlens.indexer.crawl.openlineage;

import static dev.meshlens.indexer.crawl.support.Nodes.firstText;
import static dev.meshlens.indexer.crawl.support.Nodes.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.model.DatasetInfo;
import dev.meshlens.catalog.model.Field;
import dev.meshlens.catalog.model.Owner;
import dev.meshlens.catalog.model.Ownership;
import dev.meshlens.catalog.model.QualityCheck;
import dev.meshlens.catalog.model.QualityChecks;
import dev.meshlens.catalog.model.QualityResult;
import dev.meshlens.catalog.model.Schema;
import dev.meshlens.catalog.model.Tag;
import dev.meshlens.catalog.model.Tags;
import dev.meshlens.indexer.crawl.DatasetNames;
import dev.meshlens.indexer.crawl.support.BatchAssembler;
import dev.meshlens.indexer.crawl.support.Nodes;
import dev.meshlens.indexer.crawl.support.TagValues;
import dev.meshlens.indexer.crawl.support.Warnings;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Maps the facets of one dataset in an event: {@code schema} (nested fields by dotted path), {@code
 * documentation}, {@code dataSource}, {@code datasetType}, {@code outputStatistics} (row count),
 * {@code ownership}, {@code tags} and {@code dataQualityAssertions} (checks and results). Aspects
 * are merged with what earlier events said, later values winning.
 */
final class DatasetFacets {
  private final BatchAssembler out;
  private final Warnings warnings;
  private final String origin;

  DatasetFacets(BatchAssembler out, Warnings warnings, String origin) {
    this.out = out;
    this.warnings = warnings;
    this.origin = origin;
  }

  void write(Urn urn, JsonNode dataset, Instant time, String runId, String path) {
    JsonNode facets = dataset.path("facets");
    JsonNode schema = Nodes.object(facets, "schema");
    if (schema != null) {
      List<Field> fields = new ArrayList<>();
      addFields(schema, "", fields, path + "/facets/schema");
      out.upsert(urn, Schema.of(fields));
    }
    info(urn, facets, dataset.path("outputFacets"));
    owners(urn, Nodes.object(facets, "ownership"), path + "/facets/ownership");
    List<Tag> tags = tags(Nodes.object(facets, "tags"), path + "/facets/tags");
    if (!tags.isEmpty()) {
      out.mergePreferringLater(urn, new Tags(tags));
    }
    JsonNode assertions = Nodes.object(facets, "dataQualityAssertions");
    assertions =
        assertions != null
            ? assertions
            : Nodes.object(dataset.path("inputFacets"), "dataQualityAssertions");
    if (assertions != null) {
      quality(urn, assertions, time, runId);
    }
  }

  private void addFields(JsonNode owner, String prefix, List<Field> fields, String path) {
    for (JsonNode field : Nodes.array(owner, "fields")) {
      String name = text(field, "name");
      if (name == null || fields.stream().anyMatch(f -> f.name().equals(prefix + name))) {
        warnings.add(origin, path, "a field without a name or with a duplicate name is left out");
        continue;
      }
      List<Tag> tags = tags(field, path);
      fields.add(
          new Field(
              prefix + name,
              text(field, "type"),
              null,
              text(field, "description"),
              tags,
              List.of(),
              TagValues.classification(null, tags, warnings, origin, path)));
      addFields(field, prefix + name + ".", fields, path);
    }
  }

  private void info(Urn urn, JsonNode facets, JsonNode outputFacets) {
    String description = text(facets.path("documentation"), "description");
    JsonNode dataSource = Nodes.object(facets, "dataSource");
    String kind = text(facets.path("datasetType"), "datasetType");
    Double rows = Nodes.number(outputFacets.path("outputStatistics"), "rowCount");
    // written even when no facet describes the dataset: an event naming a dataset is evidence
    // that it exists, so every lineage endpoint resolves to an asset (with its platform)
    Map<String, String> properties = new LinkedHashMap<>();
    if (dataSource != null) {
      putIfText(properties, "dataSource", text(dataSource, "name"));
      putIfText(properties, "dataSourceUri", redact(text(dataSource, "uri")));
    }
    out.mergePreferringLater(
        urn,
        new DatasetInfo(
            null,
            description,
            DatasetNames.platform(urn.part(0)),
            kind == null ? null : kind.toLowerCase(Locale.ROOT),
            null,
            rows == null || rows < 0 ? null : rows.longValue(),
            properties));
  }

  void owners(Urn urn, JsonNode ownership, String path) {
    if (ownership == null) {
      return;
    }
    List<Owner> owners = new ArrayList<>();
    for (JsonNode owner : Nodes.array(ownership, "owners")) {
      String name = text(owner, "name");
      if (name == null) {
        warnings.add(origin, path, "an owner without a name is left out");
      } else {
        String type = text(owner, "type");
        owners.add(new Owner(Urn.owner(name), type == null ? null : type.toLowerCase(Locale.ROOT)));
      }
    }
    if (!owners.isEmpty()) {
      out.mergePreferringLater(urn, new Ownership(owners));
    }
  }

  /** Tags of a tags facet ({@code key} or {@code key:value}) or of a schema field. */
  List<Tag> tags(JsonNode holder, String path) {
    List<String> names = new ArrayList<>();
    for (JsonNode tag : Nodes.array(holder, "tags")) {
      String key = firstText(tag, "key", "name");
      String value = text(tag, "value");
      if (key != null) {
        names.add(value == null || value.equalsIgnoreCase("true") ? key : key + ":" + value);
      }
    }
    return TagValues.tags(names, warnings, origin, path + "/tags");
  }

  private void quality(Urn urn, JsonNode facet, Instant time, String runId) {
    List<QualityCheck> checks = new ArrayList<>();
    for (JsonNode assertion : Nodes.array(facet, "assertions")) {
      String type = text(assertion, "assertion");
      Boolean success = Nodes.bool(assertion, "success");
      if (type == null || success == null) {
        continue;
      }
      String column = text(assertion, "column");
      String id = column == null ? type : type + ":" + column;
      if (checks.stream().noneMatch(c -> c.id().equals(id))) {
        checks.add(new QualityCheck(id, column, type, text(assertion, "severity"), null));
      }
      if (runId != null) {
        out.qualityResult(new QualityResult(urn, id, time, success, null, runId, null));
      }
    }
    if (!checks.isEmpty()) {
      out.mergePreferringLater(urn, new QualityChecks(checks));
    }
  }

  private static void putIfText(Map<String, String> map, String key, String value) {
    if (value != null) {
      map.put(key, value);
    }
  }

  /** A URI without the password of its user info ({@code postgres://u:secret@h} → u@h). */
  static String redact(String uri) {
    if (uri == null) {
      return null;
    }
    return uri.replaceFirst("^([a-zA-Z][a-zA-Z0-9+.-]*://[^:/@]+):[^@/]*@", "$1@");
  }
}
