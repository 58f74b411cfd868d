package dev.meshlens.sample.synthetic;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.meshlens.catalog.Batch;
import dev.meshlens.catalog.InvalidBatchException;
import dev.meshlens.catalog.Violation;
import dev.meshlens.catalog.json.BatchParser;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Reads an NDJSON file of batches (one {@link BatchParser} batch per line, gzip-compressed or not)
 * lazily, one line at a time. Blank lines are skipped; a malformed line gives an {@link
 * InvalidBatchException} whose paths start with its line number.
 */
public final class NdjsonBatchReader {
  private static final int BUFFER = 1 << 16;

  private final BatchParser parser;
  private final String defaultSource;

  public NdjsonBatchReader(BatchParser parser, String defaultSource) {
    this.parser = parser;
    this.defaultSource = defaultSource;
  }

  public NdjsonBatchReader() {
    this(new BatchParser(), "synthetic");
  }

  /** The batches of {@code file}, parsed as the stream is consumed; close the stream when done. */
  public Stream<Batch> read(Path file) throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(open(file), UTF_8), BUFFER);
    AtomicLong lineNumber = new AtomicLong();
    return reader
        .lines()
        .map(line -> new NumberedLine(lineNumber.incrementAndGet(), line))
        .filter(line -> !line.text().isBlank())
        .map(this::parse)
        .onClose(() -> close(reader));
  }

  private Batch parse(NumberedLine line) {
    try {
      return parser.fromJson(line.text(), defaultSource);
    } catch (InvalidBatchException e) {
      throw new InvalidBatchException(
          e.violations().stream()
              .map(v ->
                  new Violation("line " + line.number() + ": " + v.path(), v.urn(), v.message()))
              .toList());
    }
  }

  private static InputStream open(Path file) throws IOException {
    InputStream in = new BufferedInputStream(Files.newInputStream(file), BUFFER);
    try {
      in.mark(2);
      int first = in.read();
      int second = in.read();
      in.reset();
      boolean gzip = first == 0x1f && second == 0x8b;
      return gzip ? new GZIPInputStream(in, BUFFER) : in;
    } catch (IOException e) {
      in.close();
      throw e;
    }
  }

  private static void close(BufferedReader reader) {
    try {
      reader.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private record NumberedLine(long number, String text) {}
}
