package dev.meshlens.api.profile;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** Times the parts of a profile, for the benchmark's "which section costs what". */
final class SectionTimer {
  static final SectionTimer NONE = new SectionTimer(false);

  private final boolean recording;
  private final Map<String, Long> nanos = new LinkedHashMap<>();

  private SectionTimer(boolean recording) {
    this.recording = recording;
  }

  static SectionTimer recording() {
    return new SectionTimer(true);
  }

  <T> T time(String part, Supplier<T> work) {
    if (!recording) {
      return work.get();
    }
    long start = System.nanoTime();
    T result = work.get();
    nanos.merge(part, System.nanoTime() - start, Long::sum);
    return result;
  }

  Map<String, Long> nanos() {
    return Map.copyOf(nanos);
  }

  Map<String, Long> ordered() {
    return new LinkedHashMap<>(nanos);
  }
}
