package dev.meshlens.indexer.crawl.openlineage;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meshlens.indexer.crawl.CrawlOutput;
import dev.meshlens.indexer.crawl.SourceReader;
import dev.meshlens.indexer.crawl.SourceSpec;
import dev.meshlens.indexer.crawl.SourceUnreadableException;
import dev.meshlens.indexer.crawl.support.Documents;
import dev.meshlens.indexer.crawl.support.FileTree;
import dev.meshlens.indexer.crawl.support.UnreadableDocumentException;
import dev.meshlens.indexer.crawl.support.Warnings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Replays OpenLineage events from files: a {@code .ndjson}/{@code .jsonl} file holds one event per
 * line, a {@code .json} file one event or an array of events; a folder is read file by file in name
 * order, and events in file order. A malformed line or file, or an invalid event, is a warning; the
 * other events still load.
 *
 * <p>Options: {@code batchSize} (maximum operations per batch).
 */
public final class OpenLineageFileReader implements SourceReader {
  public static final String TYPE = "openlineage";
  private final OpenLineageValidator validator;

  public OpenLineageFileReader(OpenLineageValidator validator) {
    this.validator = validator;
  }

  public OpenLineageFileReader() {
    this(new OpenLineageValidator());
  }

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public CrawlOutput read(SourceSpec spec) {
    Warnings warnings = new Warnings();
    OpenLineageReplay replay = new OpenLineageReplay(spec.batchSource(), validator);
    List<Path> files =
        FileTree.find(
            spec.path(), n -> n.endsWith(".json") || n.endsWith(".ndjson") || n.endsWith(".jsonl"));
    for (Path file : files) {
      if (file.getFileName().toString().endsWith(".json")) {
        readJson(file, replay, warnings);
      } else {
        readLines(file, replay, warnings);
      }
    }
    return new CrawlOutput(replay.drain(spec.batchSize()), warnings.list());
  }

  private static void readJson(Path file, OpenLineageReplay replay, Warnings warnings) {
    JsonNode document;
    try {
      document = Documents.read(file);
    } catch (UnreadableDocumentException e) {
      warnings.add(file.toString(), "", e.getMessage());
      return;
    }
    if (document.isArray()) {
      for (int i = 0; i < document.size(); i++) {
        replay.accept(document.get(i), file + " [" + i + "]", warnings);
      }
    } else {
      replay.accept(document, file.toString(), warnings);
    }
  }

  private static void readLines(Path file, OpenLineageReplay replay, Warnings warnings) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new SourceUnreadableException("Cannot read " + file + ": " + e.getMessage(), e);
    }
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      String origin = file + ":" + (i + 1);
      try {
        replay.accept(Documents.parseJson(lines.get(i)), origin, warnings);
      } catch (UnreadableDocumentException e) {
        warnings.add(origin, "", e.getMessage());
      }
    }
  }
}
