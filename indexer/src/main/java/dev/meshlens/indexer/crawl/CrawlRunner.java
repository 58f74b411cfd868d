package dev.meshlens.indexer.crawl;

import dev.meshlens.catalog.ApplyResult;
import dev.meshlens.catalog.Batch;
import dev.meshlens.catalog.CatalogStore;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs one crawl: reads a source with its reader and applies what it read to the store. */
public final class CrawlRunner {
  private static final Logger LOG = LoggerFactory.getLogger(CrawlRunner.class);

  private final CatalogStore store;
  private final SourceReaders readers;

  public CrawlRunner(CatalogStore store, SourceReaders readers) {
    this.store = store;
    this.readers = readers;
  }

  public CrawlReport run(SourceSpec spec) {
    long started = System.nanoTime();
    CrawlOutput output = readers.read(spec);
    int written = 0;
    int unchanged = 0;
    int withdrawn = 0;
    int facts = 0;
    int done = 0;
    for (Batch batch : output.batches()) {
      ApplyResult result = store.apply(batch);
      written += result.written();
      unchanged += result.unchanged();
      withdrawn += result.withdrawn();
      facts += result.factsAdded();
      done++;
      if (output.batches().size() > 1) {
        LOG.info("{}: batch {}/{} applied", spec.batchSource(), done, output.batches().size());
      }
    }
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    CrawlReport report =
        new CrawlReport(
            spec.batchSource(),
            done,
            written,
            unchanged,
            withdrawn,
            facts,
            output.warnings(),
            took);
    LOG.info(
        "Crawled {} in {} ms: {} aspect versions written, {} unchanged, {} withdrawn, {} facts,"
            + " {} warnings",
        spec.batchSource(),
        took.toMillis(),
        written,
        unchanged,
        withdrawn,
        facts,
        output.warnings().size());
    for (CrawlWarning warning : output.warnings().stream().limit(10).toList()) {
      LOG.warn("{}: {}", spec.batchSource(), warning);
    }
    return report;
  }
}
