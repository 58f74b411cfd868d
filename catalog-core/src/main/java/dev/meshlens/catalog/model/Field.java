package dev.meshlens.catalog.model;

import dev.meshlens.catalog.EntityType;
import dev.meshlens.catalog.Urn;
import java.util.List;

/**
 * A column (or nested field, named by its dotted path) of a dataset: its type as the source states
 * it, nullability, description, tags, linked glossary terms and classification. Unknown parts are
 * null.
 */
public record Field(
    String name,
    String type,
    Boolean nullable,
    String description,
    List<Tag> tags,
    List<Urn> glossaryTerms,
    Classification classification) {
  public Field {
    Checks.requireText(name, "name");
    tags = Checks.list(tags);
    glossaryTerms = Checks.requireTypes(glossaryTerms, EntityType.TERM, "glossaryTerms");
  }

  /** A field with only a name and a type. */
  public static Field of(String name, String type) {
    return new Field(name, type, null, null, List.of(), List.of(), null);
  }
}
