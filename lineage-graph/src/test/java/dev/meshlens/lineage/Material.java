package dev.meshlens.lineage;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the shared real-world test material by walking up from the module directory. */
final class Material {
  private Material() {}

  static Path path(String relative) {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      Path candidate = dir.resolve("shared").resolve("material");
      if (Files.isDirectory(candidate)) {
        return candidate.resolve(relative);
      }
      dir = dir.getParent();
    }
    throw new IllegalStateException(
        "No shared/material above " + Path.of("").toAbsolutePath() + "; the tests need it");
  }
}
