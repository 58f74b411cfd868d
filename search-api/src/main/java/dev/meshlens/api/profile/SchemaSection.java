package dev.meshlens.api.profile;

import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.model.Classification;
import dev.meshlens.catalog.model.Field;
import dev.meshlens.catalog.model.Schema;
import dev.meshlens.catalog.model.Tag;
import java.util.List;
import java.util.Map;

/**
 * A dataset's columns in order: type, nullability, description, tags, glossary terms,
 * classification, and how many upstream columns each is computed from by column lineage ({@code
 * null} when the lineage graph does not know the dataset yet); its primary key.
 */
public record SchemaSection(int columnCount, List<Column> columns, List<String> primaryKey) {

  /** One column. */
  public record Column(
      String name,
      String urn,
      String type,
      Boolean nullable,
      String description,
      List<String> tags,
      List<String> glossaryTerms,
      Classification classification,
      Integer upstreamColumns) {}

  static Part<SchemaSection> of(Urn dataset, Schema schema, Map<String, Integer> upstream) {
    if (schema == null) {
      return Part.unknown("no source stated a schema");
    }
    List<Column> columns = schema.fields().stream().map(f -> column(dataset, f, upstream)).toList();
    return Part.of(new SchemaSection(columns.size(), columns, schema.primaryKey()));
  }

  private static Column column(Urn dataset, Field f, Map<String, Integer> upstream) {
    return new Column(
        f.name(),
        dataset.field(f.name()).toString(),
        f.type(),
        f.nullable(),
        f.description(),
        f.tags().stream().map(Tag::name).toList(),
        f.glossaryTerms().stream().map(Object::toString).toList(),
        f.classification(),
        upstream == null ? null : upstream.getOrDefault(f.name(), 0));
  }
}
