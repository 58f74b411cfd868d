package dev.meshlens.sample.mesh;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Writes {@code index.txt}: every file of the mesh, one relative path a line, sorted. */
final class IndexWriter {
  static final String INDEX = "index.txt";

  private IndexWriter() {}

  static void write(Path root) throws IOException {
    List<String> files;
    try (Stream<Path> paths = Files.walk(root)) {
      files =
          paths
              .filter(Files::isRegularFile)
              .map(p -> root.relativize(p).toString().replace('\\', '/'))
              .filter(p -> !p.equals(INDEX))
              .sorted()
              .toList();
    }
    Files.writeString(root.resolve(INDEX), String.join("\n", files) + "\n", StandardCharsets.UTF_8);
  }
}
