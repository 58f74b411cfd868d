package dev.meshlens.catalog.model;

import dev.meshlens.catalog.EntityType;
import dev.meshlens.catalog.Urn;
import java.util.List;

/** A business term of the glossary, with the synonyms search expands it to and related terms. */
public record GlossaryTermInfo(
    String name, String definition, List<String> synonyms, List<Urn> related) implements Aspect {
  public GlossaryTermInfo {
    Checks.requireText(name, "name");
    synonyms = Checks.list(synonyms);
    related = Checks.requireTypes(related, EntityType.TERM, "related");
  }
}
