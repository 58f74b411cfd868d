package dev.meshlens.catalog;

/**
 * One problem found in a batch: where in the batch ({@code upserts[3].value.fields[2].name}), the
 * asset it concerns (may be null) and the rule broken.
 */
public record Violation(String path, String urn, String message) {
  @Override
  public String toString() {
    return path + (urn == null ? "" : " (" + urn + ")") + ": " + message;
  }
}
