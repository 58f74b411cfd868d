package dev.meshlens.api.openlineage;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the shared real-world test material by walking up from the module directory. */
final class Material {
  private Material() {}

  /** The folder {@code shared/material}, found next to an ancestor of the working directory. */
  static Path root() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      Path candidate = dir.resolve("shared").resolve("material");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
      dir = dir.getParent();
    }
    throw new IllegalStateException(
        "No shared/material above " + Path.of("").toAbsolutePath() + "; the tests need it");
  }

  static Path path(String relative) {
    return root().resolve(relative);
  }
}
