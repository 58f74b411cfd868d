package dev.meshlens.catalog.model;

/** The name an asset is known by, as its info aspect (domain, product, dataset, ...) states it. */
public final class AspectNames {
  private AspectNames() {}

  /** The name {@code aspect} gives its asset, or null when it gives none (or a blank one). */
  public static String nameOf(Aspect aspect) {
    String name =
        switch (aspect) {
          case DomainInfo d -> d.name();
          case ProductInfo p -> p.name();
          case ContractInfo c -> c.name();
          case DatasetInfo d -> d.displayName();
          case GlossaryTermInfo t -> t.name();
          case OwnerInfo o -> o.name();
          default -> null;
        };
    return name == null || name.isBlank() ? null : name;
  }
}
