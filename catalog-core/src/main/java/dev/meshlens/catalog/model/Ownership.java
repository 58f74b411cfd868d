package dev.meshlens.catalog.model;

import java.util.List;

/** Who owns an asset. */
public record Ownership(List<Owner> owners) implements Aspect {
  public Ownership {
    owners = Checks.list(owners);
  }
}
