package dev.meshlens.indexer.crawl;

import dev.meshlens.catalog.AssetCounts;
import dev.meshlens.catalog.CatalogStore;
import dev.meshlens.catalog.CrawlRun;
import dev.meshlens.catalog.CrawlStatus;
import dev.meshlens.catalog.RunIssue;
import dev.meshlens.indexer.crawl.Retry.Attempts;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

/**
 * Runs one crawl of a source so that the catalog never loses what the source had: it records the
 * run in the store's history, reads the source with its reader, applies what it read batch by batch
 * (each batch one transaction, all aspects of an asset in one batch), and only then, and only when
 * the run was fully successful, soft-deletes what vanished from the source. It returns the finished
 * {@link CrawlRun} and never throws for a problem of the source.
 *
 * <p>How a run ends:
 *
 * <ul>
 *   <li>{@link CrawlStatus#SUCCEEDED}: every batch applied without a warning; the assets the source
 *       stated before the run and no longer states were withdrawn (soft delete: their history is
 *       kept, and an asset no other source states is marked deleted), in batches applied after all
 *       content batches.
 *   <li>{@link CrawlStatus#PARTIAL}: the reader warned about something it could not read, or the
 *       store rejected a batch; what was read is applied, nothing is deleted.
 *   <li>{@link CrawlStatus#FAILSAFE}: more than the {@code failSafe} share (default 30%) of the
 *       assets the source stated would vanish. The content batches are still applied, since adding
 *       and changing what a source states loses nothing, but nothing is deleted, and the error says
 *       how many of how many would vanish and the threshold. A source that stated nothing before
 *       never trips it.
 *   <li>{@link CrawlStatus#FAILED}: the source could not be read (after its retries, when the
 *       failure was transient: see {@link Retry}), an option is invalid, or the store failed; the
 *       batches applied before a store failure stay, nothing is deleted.
 * </ul>
 *
 * <p>A process killed during a run leaves it {@link CrawlStatus#RUNNING} with whole batches
 * applied; {@link CatalogStore#abandonUnfinishedCrawlRuns} marks it ABANDONED, and the next run
 * applies the rest. Options: see {@link CrawlOptions}.
 *
 * <p>A source whose {@link SourceFingerprint} is the one recorded by its last fully successful
 * crawl is not read again: the run is SUCCEEDED with every asset the source states counted
 * unchanged and 0 attempts (it read nothing). Any other outcome forgets the fingerprint, so the
 * next crawl reads the source in full.
 */
public final class CrawlRunner {
  private static final Logger LOG = LoggerFactory.getLogger(CrawlRunner.class);

  private final CatalogStore store;
  private final SourceReaders readers;
  private final Clock clock;
  private final Sleeper sleeper;

  /** A runner that waits {@code sleeper} between attempts at reading an unreachable source. */
  public CrawlRunner(CatalogStore store, SourceReaders readers, Clock clock, Sleeper sleeper) {
    this.store = store;
    this.readers = readers;
    this.clock = clock;
    this.sleeper = sleeper;
  }

  public CrawlRunner(CatalogStore store, SourceReaders readers, Clock clock) {
    this(store, readers, clock, Sleeper.system());
  }

  public CrawlRunner(CatalogStore store, SourceReaders readers) {
    this(store, readers, Clock.systemUTC());
  }

  /** Crawls {@code source} once; {@code trigger} says why (schedule, manual, cli, startup). */
  public CrawlRun run(SourceSpec source, String trigger) {
    CrawlRun run = store.startCrawlRun(source.batchSource(), trigger);
    CrawlRun finished;
    try {
      finished = crawl(source, run);
    } catch (RuntimeException e) {
      LOG.warn("Crawl of {} failed", source.batchSource(), e);
      finished = finish(run, CrawlStatus.FAILED, AssetCounts.ZERO, List.of(), message(e), 1);
    }
    store.finishCrawlRun(finished);
    log(finished);
    return finished;
  }

  private CrawlRun crawl(SourceSpec source, CrawlRun run) {
    CrawlOptions options;
    Optional<String> fingerprint;
    try {
      options = CrawlOptions.of(source);
      fingerprint =
          SourceFingerprint.enabled(source) ? SourceFingerprint.of(source) : Optional.empty();
    } catch (IllegalArgumentException | UncheckedIOException e) {
      return finish(run, CrawlStatus.FAILED, AssetCounts.ZERO, List.of(), e.getMessage(), 1);
    }
    String name = source.batchSource();
    if (fingerprint.isPresent() && fingerprint.equals(store.sourceFingerprint(name))) {
      // unchanged since its last fully successful crawl: nothing to read, nothing to write
      int stated = store.assetsStatedBy(name).size();
      return finish(
          run, CrawlStatus.SUCCEEDED, new AssetCounts(0, 0, stated, 0), List.of(), null, 0);
    }
    CrawlRun finished = read(source, run, options);
    store.recordSourceFingerprint(
        name,
        finished.status() == CrawlStatus.SUCCEEDED ? fingerprint.orElse(null) : null,
        run.id());
    return finished;
  }

  private CrawlRun read(SourceSpec source, CrawlRun run, CrawlOptions options) {
    Attempts<CrawlOutput> read =
        new Retry(sleeper, options.retries(), options.retryBackoff())
            .call(source.batchSource(), () -> readers.read(source));
    if (!read.succeeded()) {
      String error =
          message(read.failure()) + (read.count() > 1 ? " (" + read.count() + " attempts)" : "");
      return finish(run, CrawlStatus.FAILED, AssetCounts.ZERO, List.of(), error, read.count());
    }
    return apply(source, run, options, read);
  }

  /** Applies what was read, then withdraws what vanished if the run succeeded and may delete. */
  private CrawlRun apply(
      SourceSpec source, CrawlRun run, CrawlOptions options, Attempts<CrawlOutput> read) {
    String actor = "crawl-run:" + run.id();
    BatchApplier applier = new BatchApplier(store, source.batchSource(), actor);
    try {
      Deletion deletion =
          Deletion.plan(
              store.assetsStatedBy(source.batchSource()), read.value(), options.failSafe());
      applier.applyAll("content", read.value().batches());
      List<RunIssue> issues = issues(read.value(), applier);
      if (!issues.isEmpty()) {
        logKept(source, deletion, issues);
        return finish(run, CrawlStatus.PARTIAL, applier.counts(), issues, null, read.count());
      }
      if (deletion.tripsFailSafe()) {
        return finish(
            run, CrawlStatus.FAILSAFE, applier.counts(), issues, deletion.refusal(), read.count());
      }
      applier.applyAll(
          "removal", deletion.batches(source.batchSource(), actor, options.batchSize()));
      issues = applier.rejections();
      CrawlStatus status = issues.isEmpty() ? CrawlStatus.SUCCEEDED : CrawlStatus.PARTIAL;
      return finish(run, status, applier.counts(), issues, null, read.count());
    } catch (RuntimeException e) {
      LOG.warn("The store failed during the crawl of {}", source.batchSource(), e);
      String error = "the store failed: " + message(e);
      List<RunIssue> issues = issues(read.value(), applier);
      return finish(run, CrawlStatus.FAILED, applier.counts(), issues, error, read.count());
    }
  }

  private static List<RunIssue> issues(CrawlOutput output, BatchApplier applier) {
    List<RunIssue> issues = new ArrayList<>();
    output.warnings().forEach(w -> issues.add(new RunIssue(w.file(), w.path(), w.reason())));
    issues.addAll(applier.rejections());
    return issues;
  }

  private static void logKept(SourceSpec source, Deletion deletion, List<RunIssue> issues) {
    if (!deletion.vanished().isEmpty()) {
      LOG.warn(
          "{}: {} assets the source no longer states are kept, as the run had {} warnings",
          source.batchSource(),
          deletion.vanished().size(),
          issues.size());
    }
  }

  private CrawlRun finish(
      CrawlRun run,
      CrawlStatus status,
      AssetCounts counts,
      List<RunIssue> issues,
      String error,
      int attempts) {
    return run.finish(
        clock.instant().truncatedTo(ChronoUnit.MILLIS), status, counts, issues, error, attempts);
  }

  private static String message(RuntimeException e) {
    return e.getMessage() == null ? e.toString() : e.getMessage();
  }

  private static void log(CrawlRun run) {
    LOG.atLevel(run.status() == CrawlStatus.SUCCEEDED ? Level.INFO : Level.WARN)
        .log(
            "Crawled {} ({}): {} in {} ms after {} attempt(s); assets added {}, changed {},"
                + " unchanged {}, removed {}; {} warnings{}",
            run.source(),
            run.trigger(),
            run.status(),
            run.endedAt().toEpochMilli() - run.startedAt().toEpochMilli(),
            run.attempts(),
            run.counts().added(),
            run.counts().changed(),
            run.counts().unchanged(),
            run.counts().removed(),
            run.warningCount(),
            run.error() == null ? "" : "; " + run.error());
    for (RunIssue warning : run.warnings().stream().limit(10).toList()) {
      LOG.warn("{}: {}", run.source(), warning);
    }
  }
}
