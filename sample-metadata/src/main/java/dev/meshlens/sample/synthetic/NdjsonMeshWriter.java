package dev.meshlens.sample.synthetic;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.meshlens.catalog.Batch;
import dev.meshlens.catalog.json.BatchParser;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.zip.GZIPOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Streams a generated mesh to disk as NDJSON: one batch per line, as {@link BatchParser#toJson}
 * writes it, optionally gzip-compressed, with a {@link MeshManifest} beside it. Only one batch is
 * held at a time; progress is logged at INFO. The same configuration gives the same bytes.
 */
public final class NdjsonMeshWriter {
  private static final Logger LOG = LoggerFactory.getLogger(NdjsonMeshWriter.class);
  private static final int BUFFER = 1 << 16;

  /** How the NDJSON file is compressed. */
  public enum Compression {
    NONE("batches.ndjson"),
    GZIP("batches.ndjson.gz");

    private final String fileName;

    Compression(String fileName) {
      this.fileName = fileName;
    }

    public String fileName() {
      return fileName;
    }
  }

  private final BatchParser parser;

  public NdjsonMeshWriter(BatchParser parser) {
    this.parser = parser;
  }

  public NdjsonMeshWriter() {
    this(new BatchParser());
  }

  /**
   * Writes {@code batches.ndjson} (or {@code batches.ndjson.gz}) and {@code manifest.json} into
   * {@code directory}, creating it if needed and replacing those files.
   */
  public MeshManifest write(
      SyntheticMeshGenerator generator, Path directory, Compression compression)
      throws IOException {
    Files.createDirectories(directory);
    Path file = directory.resolve(compression.fileName());
    MessageDigest sha256 = sha256();
    MeshCounts counts;
    try (OutputStream raw = new BufferedOutputStream(Files.newOutputStream(file), BUFFER);
        DigestOutputStream digest = new DigestOutputStream(raw, sha256)) {
      if (compression == Compression.GZIP) {
        try (GZIPOutputStream gzip = new GZIPOutputStream(digest, BUFFER)) {
          counts = write(generator, gzip);
        }
      } else {
        counts = write(generator, digest);
      }
    }
    MeshManifest manifest =
        new MeshManifest(
            MeshManifest.FORMAT,
            file.getFileName().toString(),
            compression,
            Files.size(file),
            HexFormat.of().formatHex(sha256.digest()),
            generator.source(),
            generator.config(),
            counts,
            generator.hubs());
    manifest.write(directory);
    LOG.info(
        "Wrote {} datasets in {} batches to {} ({} bytes)",
        counts.datasets(),
        counts.batches(),
        file,
        manifest.bytes());
    return manifest;
  }

  /** Writes the batches as NDJSON to {@code out}, which is flushed but not closed. */
  public MeshCounts write(SyntheticMeshGenerator generator, OutputStream out) throws IOException {
    Writer writer = new BufferedWriter(new OutputStreamWriter(out, UTF_8), BUFFER);
    ProgressLog progress =
        new ProgressLog(LOG, "Generating", generator.config().datasets(), "datasets");
    MeshCounts counts = MeshCounts.ZERO;
    for (Iterator<Batch> batches = generator.iterator(); batches.hasNext(); ) {
      Batch batch = batches.next();
      writer.write(parser.toJson(batch));
      writer.write('\n');
      counts = counts.plus(MeshCounts.of(batch));
      progress.update(counts.datasets());
    }
    writer.flush();
    return counts;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JDK has SHA-256", e);
    }
  }
}
