package dev.meshlens.sample.mesh.model;

import java.util.List;

/**
 * The prose and labels of a product descriptor.
 *
 * @param purpose why the product exists
 * @param usage how to use it
 * @param limitations what it does not do
 * @param tags labels
 */
public record ProductText(String purpose, String usage, String limitations, List<String> tags) {
  public ProductText {
    tags = List.copyOf(tags);
  }
}
