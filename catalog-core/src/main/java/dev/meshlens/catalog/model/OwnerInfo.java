package dev.meshlens.catalog.model;

import dev.meshlens.catalog.EntityType;
import dev.meshlens.catalog.Urn;
import java.util.List;

/** A person or a team that can own assets; people list the teams they belong to. */
public record OwnerInfo(String name, OwnerKind kind, String email, List<Urn> teams)
    implements Aspect {
  public OwnerInfo {
    Checks.requireText(name, "name");
    if (kind == null) {
      throw new IllegalArgumentException("kind must not be null");
    }
    teams = Checks.requireTypes(teams, EntityType.OWNER, "teams");
  }

  /** Whether an owner is a person or a team. */
  public enum OwnerKind {
    PERSON,
    TEAM
  }
}
