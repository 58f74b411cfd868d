package dev.meshlens.api.profile;

import java.util.List;

/**
 * Assets related to a dataset: other datasets of its product, and datasets often used together with
 * it (used by the same people and jobs over 90 days, by how many of its top consumers used them).
 * Those the caller may not see are left out and counted as {@code hidden}.
 */
public record RelatedSection(SameProduct sameProduct, UsedTogether usedTogether) {
  static final int TOP = 5;

  /** The other datasets of the product: how many, the first few. */
  public record SameProduct(long count, List<Ref> items, int hidden) {}

  /** Datasets used by the same principals. */
  public record UsedTogether(List<Item> items, int hidden) {}

  /** A dataset and how many of the dataset's top consumers used it. */
  public record Item(String urn, String name, int sharedConsumers) {}
}
