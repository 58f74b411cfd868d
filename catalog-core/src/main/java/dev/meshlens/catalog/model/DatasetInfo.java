package dev.meshlens.catalog.model;

import java.util.Map;
import java.util.TreeMap;

/**
 * What a dataset is: a display name, a description, the platform it lives on ({@code postgres},
 * {@code kafka}, {@code s3}, ...), its kind ({@code table}, {@code view}, {@code topic}, {@code
 * file}, {@code model}), its classification, a row count where known and free properties. Unknown
 * parts are null.
 */
public record DatasetInfo(
    String displayName,
    String description,
    String platform,
    String kind,
    Classification classification,
    Long rowCount,
    Map<String, String> properties)
    implements Aspect {
  public DatasetInfo {
    if (rowCount != null && rowCount < 0) {
      throw new IllegalArgumentException("rowCount must be >= 0, got " + rowCount);
    }
    properties = properties == null ? Map.of() : new TreeMap<>(properties);
  }

  @Override
  public Map<String, String> properties() {
    return java.util.Collections.unmodifiableMap(properties);
  }
}
