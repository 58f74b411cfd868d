package dev.meshlens.sample.mesh;

import java.util.LinkedHashMap;
import java.util.Map;

/** Builds insertion-ordered maps from key/value pairs; null values are kept out. */
final class Maps {
  private Maps() {}

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
