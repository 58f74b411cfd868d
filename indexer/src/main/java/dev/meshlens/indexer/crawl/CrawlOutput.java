package dev.meshlens.indexer.crawl;

import dev.meshlens.catalog.Batch;
import java.util.List;

/**
 * What one crawl of a source produced: the batches to apply in order (usually one, several when the
 * source is large or a batch size was asked for) and the warnings about what could not be read.
 */
public record CrawlOutput(List<Batch> batches, List<CrawlWarning> warnings) {
  public CrawlOutput {
    batches = List.copyOf(batches);
    warnings = List.copyOf(warnings);
  }

  /** The number of operations over all batches. */
  public int operations() {
    return batches.stream().mapToInt(Batch::size).sum();
  }
}
