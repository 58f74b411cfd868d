package dev.meshlens.catalog.model;

import dev.meshlens.catalog.EntityType;
import dev.meshlens.catalog.Urn;
import java.util.List;

/** The glossary terms an asset is linked to. */
public record GlossaryLinks(List<Urn> terms) implements Aspect {
  public GlossaryLinks {
    terms = Checks.requireTypes(terms, EntityType.TERM, "terms");
  }
}
