package dev.meshlens.lineage;

import dev.meshlens.catalog.Urn;
import java.util.List;

/**
 * {@code consumer} consumes {@code producer}: a job writing a dataset of the consumer reads {@code
 * datasets} of the producer (directly, or through datasets of no product).
 */
public record ProductLink(Urn consumer, Urn producer, List<Urn> datasets) {
  public ProductLink {
    datasets = List.copyOf(datasets);
  }
}
