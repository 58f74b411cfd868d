package dev.meshlens.sample.mesh;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Finds and reads the committed sample mesh and the shared real-world material. */
final class MeshFixture {
  static final ObjectMapper JSON = new ObjectMapper();
  static final YAMLMapper YAML = new YAMLMapper();

  private MeshFixture() {}

  /** The committed mesh: {@code src/main/resources/sample-mesh} of this module. */
  static Path committedMesh() {
    Path mesh = moduleDir().resolve("src/main/resources/sample-mesh");
    if (!Files.isDirectory(mesh)) {
      throw new IllegalStateException("No committed sample mesh at " + mesh);
    }
    return mesh;
  }

  /** This module's directory (surefire runs tests in it). */
  static Path moduleDir() {
    return Path.of("").toAbsolutePath();
  }

  /** {@code shared/material}, found by walking up from the module to the folder that holds it. */
  static Path material() {
    for (Path dir = moduleDir(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared/material");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("No shared/material above " + moduleDir());
  }

  static JsonNode yaml(Path file) {
    try {
      return YAML.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode json(Path file) {
    try {
      return JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every line of an NDJSON file, parsed. */
  static List<JsonNode> ndjson(Path file) {
    List<JsonNode> nodes = new ArrayList<>();
    try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
      for (String line : (Iterable<String>) lines::iterator) {
        nodes.add(JSON.readTree(line));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return nodes;
  }

  /** The files below a folder whose name ends with a suffix, sorted. */
  static List<Path> files(Path root, String suffix) {
    try (Stream<Path> paths = Files.walk(root)) {
      return paths.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
