package dev.meshlens.indexer.schedule;

import dev.meshlens.indexer.crawl.SourceDefinition;
import dev.meshlens.indexer.crawl.SourceReaders;
import dev.meshlens.indexer.crawl.SourcesFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows a sources file: reads it again when its modification time or size changed since the last
 * look. A version that cannot be used leaves the last good definitions in force and keeps its error
 * until a later version reads well. Not thread-safe: the scheduler calls it under its lock.
 */
final class SourcesFileWatcher {
  private static final Logger LOG = LoggerFactory.getLogger(SourcesFileWatcher.class);

  /** What the file looked like when it was last read: absent, or its time and size. */
  private record Stamp(FileTime modified, long size) {
    static final Stamp ABSENT = new Stamp(FileTime.fromMillis(0), -1);
  }

  private final Path file;
  private final SourceReaders readers;
  private Stamp seen;
  private String error;

  SourcesFileWatcher(Path file, SourceReaders readers) {
    this.file = file;
    this.readers = readers;
  }

  /**
   * Looks at the file; when it changed and reads well, returns its definitions. Empty when nothing
   * changed or the new version is invalid (see {@link #error()}).
   */
  Optional<List<SourceDefinition>> refresh() {
    if (file == null) {
      return Optional.empty();
    }
    Stamp now = stamp();
    if (now.equals(seen)) {
      return Optional.empty();
    }
    seen = now;
    try {
      List<SourceDefinition> definitions = SourcesFile.read(file, readers);
      if (error != null) {
        LOG.info("Sources file {} reads well again", file);
      }
      error = null;
      return Optional.of(definitions);
    } catch (IllegalArgumentException e) {
      error = e.getMessage();
      LOG.error("{}; the last good configuration stays in force", error);
      return Optional.empty();
    }
  }

  /** Why the file as it is now cannot be used; null when it can. */
  String error() {
    return error;
  }

  private Stamp stamp() {
    try {
      BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
      return new Stamp(attributes.lastModifiedTime(), attributes.size());
    } catch (IOException e) {
      return Stamp.ABSENT;
    }
  }
}
