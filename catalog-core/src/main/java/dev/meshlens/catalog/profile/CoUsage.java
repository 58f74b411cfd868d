package dev.meshlens.catalog.profile;

import dev.meshlens.catalog.Urn;

/**
 * A dataset used by {@code sharedPrincipals} of the principals asked about, {@code events} times.
 */
public record CoUsage(Urn dataset, int sharedPrincipals, long events) {
  public CoUsage {
    if (dataset == null || sharedPrincipals < 1) {
      throw new IllegalArgumentException(
          "dataset must be set and sharedPrincipals >= 1, got "
              + dataset
              + ", "
              + sharedPrincipals);
    }
  }
}
