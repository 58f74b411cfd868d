package dev.meshlens.indexer.crawl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a sources file (YAML): a list of {@code {name, type, location, schedule, options}}, either
 * at the top level or under {@code sources:}. Relative locations are resolved against the file's
 * folder; a {@code jdbc} location that is a plain path is taken as a SQLite file; a schedule must
 * be a valid 5-field UNIX cron expression. Every problem is reported at once, naming the entry (its
 * index, and its name for a bad schedule) and the key or expression at fault.
 */
public final class SourcesFile {
  private static final Set<String> KEYS = Set.of("name", "type", "location", "schedule", "options");

  private SourcesFile() {}

  public static List<SourceDefinition> read(Path file, SourceReaders readers) {
    JsonNode root;
    try {
      root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "Sources file " + file + " cannot be read: " + e.getMessage(), e);
    }
    JsonNode list = root != null && root.has("sources") ? root.get("sources") : root;
    if (list == null || !list.isArray()) {
      throw new IllegalArgumentException(
          "Sources file " + file + " must hold a list of sources (at the top or under 'sources')");
    }
    Path base = file.toAbsolutePath().getParent();
    List<SourceDefinition> sources = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      String where = "sources[" + i + "]";
      try {
        SourceDefinition source = definition(list.get(i), base, readers, where);
        if (!names.add(source.name())) {
          problems.add(where + ": duplicate source name '" + source.name() + "'");
        }
        sources.add(source);
      } catch (IllegalArgumentException e) {
        problems.add(where + ": " + e.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          "Sources file " + file + " has " + problems.size() + " problem(s): " + problems);
    }
    return sources;
  }

  private static SourceDefinition definition(
      JsonNode node, Path base, SourceReaders readers, String where) {
    if (!node.isObject()) {
      throw new IllegalArgumentException("must be a mapping");
    }
    node.fieldNames()
        .forEachRemaining(key -> {
          if (!KEYS.contains(key)) {
            throw new IllegalArgumentException("unknown key '" + key + "' (known: " + KEYS + ")");
          }
        });
    String type = node.path("type").asText(null);
    if (type != null && readers.findReader(type).isEmpty()) {
      throw new IllegalArgumentException("no reader for type '" + type + "'");
    }
    Map<String, String> options = new LinkedHashMap<>();
    node.path("options")
        .fields()
        .forEachRemaining(e -> options.put(e.getKey(), e.getValue().asText()));
    String location = resolve(type, node.path("location").asText(null), base);
    String schedule = node.hasNonNull("schedule") ? node.get("schedule").asText() : null;
    SourceSpec spec = new SourceSpec(node.path("name").asText(null), type, location, options);
    try {
      return new SourceDefinition(spec, schedule);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("source '" + spec.name() + "': " + e.getMessage(), e);
    }
  }

  static String resolve(String type, String location, Path base) {
    if (location == null || location.isBlank()) {
      return location;
    }
    if ("jdbc".equals(type)) {
      if (location.startsWith("jdbc:sqlite:")) {
        String path = location.substring("jdbc:sqlite:".length());
        return path.startsWith(":") ? location : "jdbc:sqlite:" + base.resolve(path).normalize();
      }
      return location.startsWith("jdbc:")
          ? location
          : "jdbc:sqlite:" + base.resolve(location).normalize();
    }
    return base.resolve(location).normalize().toString();
  }
}
