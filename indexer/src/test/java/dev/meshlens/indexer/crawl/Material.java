package dev.meshlens.indexer.crawl;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the shared real-world test material by walking up from the module directory. */
public final class Material {
  private Material() {}

  /** The folder {@code shared/material}, found next to an ancestor of the working directory. */
  public static Path root() {
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

  public static Path path(String relative) {
    return root().resolve(relative);
  }
}
