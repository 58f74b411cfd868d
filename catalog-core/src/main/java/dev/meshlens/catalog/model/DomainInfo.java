package dev.meshlens.catalog.model;

/** A domain of the mesh: a business area whose team owns data products. */
public record DomainInfo(String name, String description) implements Aspect {
  public DomainInfo {
    Checks.requireText(name, "name");
  }
}
