package dev.meshlens.indexer.crawl.usage;

import static dev.meshlens.indexer.crawl.support.Nodes.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.model.UsageEvent;
import dev.meshlens.catalog.model.UsageEvent.PrincipalKind;
import dev.meshlens.indexer.crawl.CrawlOutput;
import dev.meshlens.indexer.crawl.SourceReader;
import dev.meshlens.indexer.crawl.SourceSpec;
import dev.meshlens.indexer.crawl.SourceUnreadableException;
import dev.meshlens.indexer.crawl.support.BatchAssembler;
import dev.meshlens.indexer.crawl.support.Documents;
import dev.meshlens.indexer.crawl.support.FileTree;
import dev.meshlens.indexer.crawl.support.Nodes;
import dev.meshlens.indexer.crawl.support.UnreadableDocumentException;
import dev.meshlens.indexer.crawl.support.Warnings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads query logs into usage events (principal kind USER), one per dataset a query read. A {@code
 * .ndjson}/{@code .jsonl} file holds {@code {"time", "user", "datasets": [{"namespace", "name"}],
 * "query"}} per line; a {@code .csv} file has the header {@code time,user,datasets,query} with
 * datasets {@code ;}-separated as {@code namespace|name}. Times are ISO-8601 with an offset. A bad
 * line is a warning naming file and line. Options: {@code batchSize}.
 */
public final class UsageLogReader implements SourceReader {
  public static final String TYPE = "usage";

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public CrawlOutput read(SourceSpec spec) {
    Warnings warnings = new Warnings();
    BatchAssembler out = new BatchAssembler(spec.batchSource());
    List<Path> files =
        FileTree.find(
            spec.path(), n -> n.endsWith(".ndjson") || n.endsWith(".jsonl") || n.endsWith(".csv"));
    for (Path file : files) {
      List<String> lines = lines(file);
      boolean csv = file.getFileName().toString().endsWith(".csv");
      for (int i = csv ? 1 : 0; i < lines.size(); i++) {
        if (lines.get(i).isBlank()) {
          continue;
        }
        try {
          (csv ? fromCsv(lines.get(i)) : fromJson(lines.get(i))).forEach(out::usage);
        } catch (IllegalArgumentException | UnreadableDocumentException e) {
          warnings.add(file.toString(), "line " + (i + 1), e.getMessage());
        }
      }
    }
    return new CrawlOutput(out.build(spec.batchSize()), warnings.list());
  }

  private static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new SourceUnreadableException("Cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private static List<UsageEvent> fromJson(String line) {
    JsonNode entry = Documents.parseJson(line);
    List<Urn> datasets = new ArrayList<>();
    for (JsonNode dataset : Nodes.array(entry, "datasets")) {
      datasets.add(dataset(text(dataset, "namespace"), text(dataset, "name")));
    }
    return events(text(entry, "time"), text(entry, "user"), datasets, text(entry, "query"));
  }

  private static List<UsageEvent> fromCsv(String line) {
    List<String> fields = CsvLine.split(line);
    if (fields.size() < 3) {
      throw new IllegalArgumentException(
          "expected time,user,datasets[,query]; got " + fields.size() + " field(s)");
    }
    List<Urn> datasets = new ArrayList<>();
    for (String pair : fields.get(2).split(";")) {
      if (!pair.isBlank()) {
        int bar = pair.indexOf('|');
        datasets.add(
            bar < 0
                ? dataset(null, pair)
                : dataset(pair.substring(0, bar), pair.substring(bar + 1)));
      }
    }
    String query = fields.size() > 3 && !fields.get(3).isBlank() ? fields.get(3) : null;
    return events(fields.get(0), fields.get(1), datasets, query);
  }

  private static Urn dataset(String namespace, String name) {
    if (namespace == null || namespace.isBlank() || name == null || name.isBlank()) {
      throw new IllegalArgumentException(
          "a dataset needs a namespace and a name; got '" + namespace + "|" + name + "'");
    }
    return Urn.dataset(namespace.trim(), name.trim());
  }

  private static List<UsageEvent> events(
      String time, String user, List<Urn> datasets, String query) {
    if (user == null || user.isBlank()) {
      throw new IllegalArgumentException("no user");
    }
    if (datasets.isEmpty()) {
      throw new IllegalArgumentException("no datasets");
    }
    Instant at;
    try {
      at = OffsetDateTime.parse(String.valueOf(time).trim()).toInstant();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("time must be ISO-8601 with an offset; got: " + time, e);
    }
    return datasets.stream()
        .map(d -> new UsageEvent(at, d, user.trim(), PrincipalKind.USER, query))
        .toList();
  }
}
