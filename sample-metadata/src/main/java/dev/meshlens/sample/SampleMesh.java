package dev.meshlens.sample;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;

/**
 * The Acme Outfitters sample mesh, shipped on the classpath under {@code sample-mesh/}: product
 * descriptors, contracts, owners, glossary, product databases, lineage, dbt artifacts and a query
 * log (see its README.md). Works from a directory or from the jar.
 */
public final class SampleMesh {
  /** The classpath folder that holds the mesh. */
  public static final String RESOURCE_ROOT = "sample-mesh/";

  /** The file listing every file of the mesh, one relative path a line. */
  public static final String INDEX = "index.txt";

  private static final Instant ANCHOR = Instant.parse("2026-11-20T00:00:00Z");

  private SampleMesh() {}

  /** The instant the mesh treats as now: lineage and usage end just before it. */
  public static Instant anchor() {
    return ANCHOR;
  }

  /** The relative paths of every file of the mesh, as listed in {@code index.txt}. */
  public static List<String> files() {
    String index = new String(read(INDEX), StandardCharsets.UTF_8);
    return index.lines().filter(line -> !line.isBlank()).toList();
  }

  /**
   * Copies the whole mesh into a directory (created if needed), keeping its layout; existing files
   * are replaced.
   */
  public static void extractTo(Path dir) {
    try {
      for (String file : files()) {
        Path target = dir.resolve(file).normalize();
        if (!target.startsWith(dir.normalize())) {
          throw new IllegalStateException("index.txt names a path outside the mesh: " + file);
        }
        Files.createDirectories(target.getParent());
        try (InputStream in = open(file)) {
          Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
      Files.write(dir.resolve(INDEX), read(INDEX));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not extract the sample mesh to " + dir, e);
    }
  }

  private static byte[] read(String file) {
    try (InputStream in = open(file)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read sample-mesh/" + file, e);
    }
  }

  private static InputStream open(String file) {
    InputStream in = SampleMesh.class.getClassLoader().getResourceAsStream(RESOURCE_ROOT + file);
    if (in == null) {
      throw new IllegalStateException("Missing on the classpath: " + RESOURCE_ROOT + file);
    }
    return in;
  }
}
