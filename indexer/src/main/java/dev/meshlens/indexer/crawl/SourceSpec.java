package dev.meshlens.indexer.crawl;

import dev.meshlens.catalog.BatchValidator;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A configured source: its name (unique per type), its type (which reader reads it), where it is (a
 * folder, a file, a JDBC URL) and reader options. Its batches are written as {@code <type>:<name>}.
 */
public record SourceSpec(String name, String type, String location, Map<String, String> options) {
  private static final Pattern NAME = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9_.@/+-]{0,127}$");
  private static final Pattern TYPE = Pattern.compile("^[a-z][a-z0-9-]{0,31}$");

  public SourceSpec {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "Invalid source name '" + name + "' (allowed: " + NAME.pattern() + ")");
    }
    if (type == null || !TYPE.matcher(type).matches()) {
      throw new IllegalArgumentException(
          "Invalid source type '" + type + "' (allowed: " + TYPE.pattern() + ")");
    }
    if (location == null || location.isBlank()) {
      throw new IllegalArgumentException("location must not be blank");
    }
    options = options == null ? Map.of() : new TreeMap<>(options);
  }

  public SourceSpec(String name, String type, String location) {
    this(name, type, location, Map.of());
  }

  @Override
  public Map<String, String> options() {
    return java.util.Collections.unmodifiableMap(options);
  }

  /** The source name of the batches: {@code <type>:<name>}. */
  public String batchSource() {
    return type + ":" + name;
  }

  /** The location as a file system path. */
  public Path path() {
    return Path.of(location);
  }

  /** A non-blank option, if set. */
  public Optional<String> findOption(String key) {
    String value = options.get(key);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
  }

  public String option(String key, String fallback) {
    return findOption(key).orElse(fallback);
  }

  /** The {@code batchSize} option: most operations per batch (default: what the store accepts). */
  public int batchSize() {
    return intOption("batchSize", BatchValidator.MAX_OPERATIONS, 1);
  }

  /** A whole-number option of at least {@code min}; the message names the option and the value. */
  public int intOption(String key, int fallback, int min) {
    Optional<String> text = findOption(key);
    if (text.isEmpty()) {
      return fallback;
    }
    try {
      int value = Integer.parseInt(text.get());
      if (value >= min) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        "option " + key + " must be a whole number >= " + min + "; got: " + text.get());
  }
}
