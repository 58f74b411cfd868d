package dev.meshlens.sample.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The folder a benchmark writes its databases to: the one asked for (created if needed, kept
 * afterwards), or a temporary one, deleted with all it holds on {@link #close()}.
 */
public final class BenchFolder implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(BenchFolder.class);

  private final Path path;
  private final boolean temporary;

  private BenchFolder(Path path, boolean temporary) {
    this.path = path;
    this.temporary = temporary;
  }

  /** {@code requested}, or when null a new temporary folder named with {@code prefix}. */
  public static BenchFolder open(Path requested, String prefix) {
    try {
      return requested != null
          ? new BenchFolder(Files.createDirectories(requested), false)
          : new BenchFolder(Files.createTempDirectory(prefix), true);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot create the benchmark folder " + (requested != null ? requested : prefix), e);
    }
  }

  public Path path() {
    return path;
  }

  public Path resolve(String file) {
    return path.resolve(file);
  }

  @Override
  public void close() {
    if (!temporary) {
      return;
    }
    try {
      delete(path);
    } catch (UncheckedIOException e) {
      LOG.warn("Could not delete the temporary folder {}", path, e.getCause());
    }
  }

  /** Deletes a file, or a folder with everything in it; nothing when there is nothing there. */
  public static void delete(Path path) {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(path)) {
      for (Path file : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot delete " + path, e);
    }
  }
}
