package dev.meshlens.sample.bench;

import dev.meshlens.catalog.Batch;
import dev.meshlens.sample.synthetic.MeshCounts;
import dev.meshlens.sample.synthetic.ProgressLog;
import dev.meshlens.sample.synthetic.SyntheticMeshGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs one target over the generated batches, timing its writes and watching the heap. */
final class IngestRun {
  private static final Logger LOG = LoggerFactory.getLogger(IngestRun.class);
  private static final List<String> SQLITE_SUFFIXES = List.of("", "-wal", "-shm", "-journal");

  private IngestRun() {}

  /**
   * Writes every batch of {@code generator} to the target opened on a fresh {@code file}; deletes
   * the file and its companions first.
   */
  static IngestMeasurement measure(
      String name,
      SyntheticMeshGenerator generator,
      Function<Path, IngestTarget> opener,
      Path file) {
    delete(file);
    HeapProbe heap = new HeapProbe();
    ProgressLog progress =
        new ProgressLog(LOG, "Ingest into " + name, generator.config().datasets(), "datasets");
    long start = System.nanoTime();
    long writeNanos = 0;
    MeshCounts counts = MeshCounts.ZERO;
    IngestTarget target = opener.apply(file);
    try {
      for (Iterator<Batch> batches = generator.iterator(); batches.hasNext(); ) {
        Batch batch = batches.next();
        long before = System.nanoTime();
        target.write(batch);
        writeNanos += System.nanoTime() - before;
        counts = counts.plus(MeshCounts.of(batch));
        heap.sample();
        progress.update(counts.datasets());
      }
    } catch (RuntimeException e) {
      target.close();
      throw e;
    }
    long beforeClose = System.nanoTime();
    target.close();
    long end = System.nanoTime();
    writeNanos += end - beforeClose;
    return new IngestMeasurement(
        name,
        counts.datasets(),
        counts.columns(),
        end - start,
        writeNanos,
        heap.peakBytes(),
        heap.gcCount(),
        heap.gcMillis(),
        size(file));
  }

  /** The size of an SQLite database with its WAL and shared-memory files. */
  static long size(Path file) {
    long total = 0;
    for (String suffix : SQLITE_SUFFIXES) {
      Path part = file.resolveSibling(file.getFileName() + suffix);
      try {
        total += Files.exists(part) ? Files.size(part) : 0;
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read the size of " + part, e);
      }
    }
    return total;
  }

  static void delete(Path file) {
    for (String suffix : SQLITE_SUFFIXES) {
      try {
        Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot delete " + file + suffix, e);
      }
    }
  }
}
