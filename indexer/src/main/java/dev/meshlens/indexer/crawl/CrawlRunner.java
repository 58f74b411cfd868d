package dev.meshlens.indexer.crawl;

import dev.meshlens.catalog.ApplyResult;
import dev.meshlens.catalog.AssetCounts;
import dev.meshlens.catalog.Batch;
import dev.meshlens.catalog.CatalogStore;
import dev.meshlens.catalog.CrawlRun;
import dev.meshlens.catalog.CrawlStatus;
import dev.meshlens.catalog.RunIssue;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one crawl of a source: records the run in the store's history, reads the source with its
 * reader, applies what it read batch by batch (each batch one transaction), and records how it
 * ended. A source that cannot be read gives a FAILED run, not an exception.
 */
public final class CrawlRunner {
  private static final Logger LOG = LoggerFactory.getLogger(CrawlRunner.class);

  private final CatalogStore store;
  private final SourceReaders readers;
  private final Clock clock;

  public CrawlRunner(CatalogStore store, SourceReaders readers, Clock clock) {
    this.store = store;
    this.readers = readers;
    this.clock = clock;
  }

  public CrawlRunner(CatalogStore store, SourceReaders readers) {
    this(store, readers, Clock.systemUTC());
  }

  /** Crawls {@code source} once; {@code trigger} says why (schedule, manual, cli, startup). */
  public CrawlRun run(SourceSpec source, String trigger) {
    CrawlRun run = store.startCrawlRun(source.batchSource(), trigger);
    CrawlRun finished;
    try {
      CrawlOutput output = readers.read(source);
      AssetCounts counts = AssetCounts.ZERO;
      int done = 0;
      for (Batch batch : output.batches()) {
        ApplyResult result = store.apply(batch);
        counts = counts.plus(result.assets());
        done++;
        if (output.batches().size() > 1) {
          LOG.info("{}: batch {}/{} applied", source.batchSource(), done, output.batches().size());
        }
      }
      List<RunIssue> issues = output.warnings().stream().map(CrawlRunner::issue).toList();
      CrawlStatus status = issues.isEmpty() ? CrawlStatus.SUCCEEDED : CrawlStatus.PARTIAL;
      finished = run.finish(clock.instant(), status, counts, issues, null, 1);
    } catch (RuntimeException e) {
      LOG.warn("Crawl of {} failed: {}", source.batchSource(), e.getMessage());
      finished =
          run.finish(
              clock.instant(), CrawlStatus.FAILED, AssetCounts.ZERO, List.of(), e.getMessage(), 1);
    }
    store.finishCrawlRun(finished);
    log(finished);
    return finished;
  }

  private static RunIssue issue(CrawlWarning warning) {
    return new RunIssue(warning.file(), warning.path(), warning.reason());
  }

  private static void log(CrawlRun run) {
    LOG.info(
        "Crawled {} ({}): {} in {} ms; assets added {}, changed {}, unchanged {}, removed {};"
            + " {} warnings",
        run.source(),
        run.trigger(),
        run.status(),
        run.endedAt().toEpochMilli() - run.startedAt().toEpochMilli(),
        run.counts().added(),
        run.counts().changed(),
        run.counts().unchanged(),
        run.counts().removed(),
        run.warningCount());
    for (RunIssue warning : run.warnings().stream().limit(10).toList()) {
      LOG.warn("{}: {}", run.source(), warning);
    }
  }
}
