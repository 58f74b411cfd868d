package dev.meshlens.api.asset;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meshlens.catalog.EntityType;
import dev.meshlens.catalog.InvalidUrnException;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.model.Owner;
import dev.meshlens.catalog.model.Tag;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * A person's edit of an asset's curated metadata, parsed and validated whole from {@code
 * {description?, tags?, owners?, glossaryTerms?}}: a field left out is left as it is; {@code tags}
 * (tag names), {@code owners} (owner URNs) and {@code glossaryTerms} (term URNs) are lists. Any
 * unknown field, wrong type or bad value fails the whole edit, naming the field.
 */
record AssetEdit(String description, List<Tag> tags, List<Owner> owners, List<Urn> glossaryTerms) {
  static final Set<String> FIELDS = Set.of("description", "tags", "owners", "glossaryTerms");

  boolean isEmpty() {
    return description == null && tags == null && owners == null && glossaryTerms == null;
  }

  /** The fields this edit sets, for the audit log. */
  List<String> fields() {
    List<String> fields = new ArrayList<>();
    if (description != null) {
      fields.add("description");
    }
    if (tags != null) {
      fields.add("tags");
    }
    if (owners != null) {
      fields.add("owners");
    }
    if (glossaryTerms != null) {
      fields.add("glossaryTerms");
    }
    return fields;
  }

  static AssetEdit parse(JsonNode json) {
    for (Iterator<String> names = json.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!FIELDS.contains(name)) {
        throw new IllegalArgumentException(
            "Unknown field '" + name + "' (editable: description, tags, owners, glossaryTerms)");
      }
    }
    String description = null;
    JsonNode text = json.get("description");
    if (text != null) {
      if (!text.isTextual() || text.asText().isBlank()) {
        throw new IllegalArgumentException("description must be a non-blank string");
      }
      description = text.asText();
    }
    return new AssetEdit(
        description,
        list(json, "tags", Tag::new),
        list(json, "owners", s -> new Owner(urn("owners", s, EntityType.OWNER), "owner")),
        list(json, "glossaryTerms", s -> urn("glossaryTerms", s, EntityType.TERM)));
  }

  private static <T> List<T> list(JsonNode json, String field, Function<String, T> parse) {
    JsonNode node = json.get(field);
    if (node == null) {
      return null;
    }
    if (!node.isArray()) {
      throw new IllegalArgumentException(field + " must be an array of strings");
    }
    List<T> values = new ArrayList<>();
    for (JsonNode element : node) {
      if (!element.isTextual()) {
        throw new IllegalArgumentException(
            field + " must be an array of strings, got " + element.getNodeType());
      }
      try {
        values.add(parse.apply(element.asText()));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(field + ": " + e.getMessage(), e);
      }
    }
    return List.copyOf(values);
  }

  private static Urn urn(String field, String text, EntityType type) {
    Urn urn;
    try {
      urn = Urn.parse(text);
    } catch (InvalidUrnException e) {
      throw new IllegalArgumentException("'" + text + "' is not a URN (" + e.getMessage() + ")", e);
    }
    if (urn.type() != type) {
      throw new IllegalArgumentException(
          "'" + text + "' is a " + urn.type().code() + " URN, not a " + type.code() + " URN");
    }
    return urn;
  }
}
