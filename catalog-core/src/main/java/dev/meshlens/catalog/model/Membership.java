package dev.meshlens.catalog.model;

import dev.meshlens.catalog.EntityType;
import dev.meshlens.catalog.Urn;

/** The domain and (optionally) the data product an asset belongs to. */
public record Membership(Urn domain, Urn product) implements Aspect {
  public Membership {
    Checks.requireType(domain, EntityType.DOMAIN, "domain");
    Checks.optionalType(product, EntityType.PRODUCT, "product");
    if (product != null && !product.domainOfProduct().equals(domain)) {
      throw new IllegalArgumentException(
          "product " + product + " does not belong to domain " + domain);
    }
  }
}
