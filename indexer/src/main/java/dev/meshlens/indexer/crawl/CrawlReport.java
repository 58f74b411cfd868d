package dev.meshlens.indexer.crawl;

import java.time.Duration;
import java.util.List;

/** What one crawl of one source did to the catalog. */
public record CrawlReport(
    String source,
    int batches,
    int written,
    int unchanged,
    int withdrawn,
    int factsAdded,
    List<CrawlWarning> warnings,
    Duration took) {
  public CrawlReport {
    warnings = List.copyOf(warnings);
  }
}
