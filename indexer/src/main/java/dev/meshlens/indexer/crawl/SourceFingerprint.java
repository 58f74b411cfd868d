package dev.meshlens.indexer.crawl;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A fingerprint of a source, taken without parsing it: the source's spec (type, location, options),
 * the version of the readers' mapping, and the path and content of every file behind it (a folder
 * tree, a file, a SQLite database and its write-ahead log). Files up to {@value #WHOLE_FILE_LIMIT}
 * bytes are hashed whole (metadata files, product databases: a few ms per MB); larger ones by size,
 * modification time and their first and last {@value #EDGE} bytes (a SQLite commit changes the
 * header's change counter or the write-ahead log's size and salt). A crawl that finds the
 * fingerprint of the last fully successful crawl knows the source is unchanged. Sources without
 * files behind them (a database server) have none and are always read in full.
 *
 * <p>The option {@code skipUnchanged: false} turns this off for a source.
 */
public final class SourceFingerprint {
  /** Bumped whenever a reader maps the same source to different content. */
  static final String MAPPING_VERSION = "1";

  static final long WHOLE_FILE_LIMIT = 64L * 1024 * 1024;
  static final int EDGE = 64 * 1024;

  private SourceFingerprint() {}

  /** Whether the source wants unchanged crawls skipped (option {@code skipUnchanged}). */
  public static boolean enabled(SourceSpec spec) {
    String value = spec.option("skipUnchanged", "true").toLowerCase(Locale.ROOT);
    return switch (value) {
      case "true" -> true;
      case "false" -> false;
      default ->
          throw new IllegalArgumentException(
              "option skipUnchanged must be true or false; got: " + value);
    };
  }

  /** The fingerprint of the source now, or empty when it has no files to take one from. */
  public static Optional<String> of(SourceSpec spec) {
    List<Path> roots = files(spec);
    if (roots.isEmpty() || !Files.exists(roots.getFirst())) {
      return Optional.empty(); // nothing to tell by: the reader reads it (and reports it missing)
    }
    MessageDigest digest = sha256();
    update(digest, MAPPING_VERSION, spec.type(), spec.location());
    for (Map.Entry<String, String> option : spec.options().entrySet()) {
      update(digest, option.getKey(), option.getValue());
    }
    for (Path root : roots) {
      if (Files.exists(root)) {
        walk(root, digest);
      } else {
        update(digest, "missing", root.toString());
      }
    }
    return Optional.of(HexFormat.of().formatHex(digest.digest()));
  }

  private static List<Path> files(SourceSpec spec) {
    if (!"jdbc".equals(spec.type())) {
      return List.of(spec.path());
    }
    String prefix = "jdbc:sqlite:";
    if (!spec.location().startsWith(prefix)) {
      return List.of();
    }
    String file = spec.location().substring(prefix.length());
    int query = file.indexOf('?');
    file = query < 0 ? file : file.substring(0, query);
    if (file.isEmpty() || file.startsWith(":") || file.startsWith("file:")) {
      return List.of();
    }
    return List.of(Path.of(file), Path.of(file + "-wal"));
  }

  private static void walk(Path root, MessageDigest digest) {
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted().forEach(path -> entry(root, path, digest));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot fingerprint " + root, e);
    }
  }

  private static void entry(Path root, Path path, MessageDigest digest) {
    try {
      BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
      if (attributes.isRegularFile()) {
        update(digest, root.relativize(path).toString(), Long.toString(attributes.size()));
        if (attributes.size() <= WHOLE_FILE_LIMIT) {
          digest.update(Files.readAllBytes(path));
        } else {
          update(digest, attributes.lastModifiedTime().toInstant().toString());
          edges(path, attributes.size(), digest);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot fingerprint " + path, e);
    }
  }

  private static void edges(Path path, long size, MessageDigest digest) throws IOException {
    try (SeekableByteChannel channel = Files.newByteChannel(path)) {
      ByteBuffer buffer = ByteBuffer.allocate(EDGE);
      for (long position : new long[] {0, size - EDGE}) {
        buffer.clear();
        channel.position(position);
        while (buffer.hasRemaining() && channel.read(buffer) > 0) {
          // fill the buffer
        }
        buffer.flip();
        digest.update(buffer);
      }
    }
  }

  private static void update(MessageDigest digest, String... parts) {
    for (String part : parts) {
      digest.update(part.getBytes(UTF_8));
      digest.update((byte) 0);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
