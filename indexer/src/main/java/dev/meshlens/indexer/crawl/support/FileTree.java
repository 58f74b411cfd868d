package dev.meshlens.indexer.crawl.support;

import dev.meshlens.indexer.crawl.SourceUnreadableException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** Finds files under a folder (or the file itself), sorted by path so crawls are repeatable. */
public final class FileTree {
  private FileTree() {}

  /**
   * The regular files under {@code root} whose lower-cased file name matches, sorted; {@code root}
   * itself when it is a matching file.
   *
   * @throws SourceUnreadableException when {@code root} does not exist or cannot be listed
   */
  public static List<Path> find(Path root, Predicate<String> nameMatches) {
    if (!Files.exists(root)) {
      throw new SourceUnreadableException("No such file or folder: " + root);
    }
    try (Stream<Path> paths = Files.walk(root)) {
      return paths
          .filter(Files::isRegularFile)
          .filter(p -> nameMatches.test(p.getFileName().toString().toLowerCase(Locale.ROOT)))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new SourceUnreadableException("Cannot list " + root + ": " + e.getMessage(), e);
    }
  }
}
