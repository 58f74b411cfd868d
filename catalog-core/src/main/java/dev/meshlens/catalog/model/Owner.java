package dev.meshlens.catalog.model;

import dev.meshlens.catalog.EntityType;
import dev.meshlens.catalog.Urn;

/** A person or team owning an asset in a role such as {@code owner}, {@code steward}. */
public record Owner(Urn owner, String role) {
  public Owner {
    Checks.requireType(owner, EntityType.OWNER, "owner");
    role = role == null || role.isBlank() ? "owner" : role;
  }
}
