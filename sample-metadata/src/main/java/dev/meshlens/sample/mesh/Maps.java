package dev.meshlens.sample.mesh;

import java.util.LinkedHashMap;
import java.util.Map;

/** Builds insertion-ordered maps from key/value pairs; null values are kept out. */
final class Maps {
  private Maps() {}

  /** Like {@link #of} but keeps null values (JSON documents that spell out nulls). */
  static Map<String, Object> withNulls(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  static Map<String, Object> of(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      if (keysAndValues[i + 1] != null) {
        map.put((String) keysAndValues[i], keysAndValues[i + 1]);
      }
    }
    return map;
  }
}
