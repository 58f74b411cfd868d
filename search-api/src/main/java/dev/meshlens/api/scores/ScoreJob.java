package dev.meshlens.api.scores;

import dev.meshlens.catalog.CatalogStore;
import dev.meshlens.catalog.CrawlRun;
import dev.meshlens.catalog.health.HealthPolicy;
import dev.meshlens.catalog.health.RecomputeSummary;
import dev.meshlens.indexer.schedule.Scheduler;
import dev.meshlens.indexer.schedule.SourceStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps health scores current. It recomputes every score (on its own thread, one recompute at a
 * time):
 *
 * <ul>
 *   <li>at startup when the store holds no snapshot at all;
 *   <li>after the catalog changed (a commit that wrote the change log, whatever wrote it) or a
 *       crawl run finished that changed assets, once no further change came for {@code quiet} (a
 *       burst of crawls gives one recompute);
 *   <li>daily: on the first check of a new UTC day (at startup too, when the latest snapshot is of
 *       an earlier day);
 *   <li>on demand ({@link #recomputeNow}).
 * </ul>
 *
 * After each recompute it runs {@code afterRecompute} (the search index reloads its signals).
 */
public final class ScoreJob implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ScoreJob.class);
  public static final Duration QUIET = Duration.ofSeconds(5);
  public static final Duration CHECK_EVERY = Duration.ofSeconds(2);

  private final CatalogStore store;
  private final HealthPolicy policy;
  private final Runnable afterRecompute;
  private final LongSupplier crawlActivity;
  private final Clock clock;
  private final Duration quiet;
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          Thread.ofPlatform().name("meshlens-health").daemon().factory());
  private volatile boolean dirty;
  private volatile Instant lastChange = Instant.EPOCH;
  private long lastActivity;
  private volatile LocalDate lastDay;

  public ScoreJob(
      CatalogStore store,
      HealthPolicy policy,
      Runnable afterRecompute,
      LongSupplier crawlActivity,
      Clock clock,
      Duration quiet) {
    this.store = store;
    this.policy = policy;
    this.afterRecompute = afterRecompute;
    this.crawlActivity = crawlActivity;
    this.clock = clock;
    this.quiet = quiet;
  }

  /** A sum that grows whenever a crawl run that changed assets finishes: the runs' ids. */
  public static LongSupplier crawlActivity(Scheduler scheduler) {
    return () ->
        scheduler.status().sources().stream()
            .map(SourceStatus::lastRun)
            .filter(Objects::nonNull)
            .filter(run -> run.endedAt() != null && changedAssets(run))
            .mapToLong(CrawlRun::id)
            .sum();
  }

  private static boolean changedAssets(CrawlRun run) {
    return run.counts().added() + run.counts().changed() + run.counts().removed() > 0;
  }

  /** Follows the store's changes and starts checking every {@code every}. */
  public ScoreJob start(Duration every) {
    store.addChangeListener(sequence -> changed());
    lastActivity = crawlActivity.getAsLong();
    Optional<LocalDate> last = store.health().lastRecomputed();
    if (last.isEmpty()) {
      LOG.info("No health snapshot yet: scores are computed now");
      dirty = true;
    } else {
      lastDay = last.get(); // a day missed while the server was down is made up at once
    }
    long millis = every.toMillis();
    timer.scheduleWithFixedDelay(this::checkSafely, 0, millis, TimeUnit.MILLISECONDS);
    return this;
  }

  private void changed() {
    lastChange = clock.instant();
    dirty = true;
  }

  private void checkSafely() {
    try {
      check();
    } catch (RuntimeException e) {
      LOG.error("Health recompute failed; trying again at the next change or day", e);
    }
  }

  /** Recomputes when a new day began or the catalog changed and then stayed quiet. */
  void check() {
    long activity = crawlActivity.getAsLong();
    if (activity != lastActivity) {
      lastActivity = activity;
      changed();
    }
    if (lastDay != null && !today().equals(lastDay)) {
      recomputeNow("daily");
    } else if (dirty && !lastChange.plus(quiet).isAfter(clock.instant())) {
      recomputeNow("catalog changed");
    }
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
  }

  /** Recomputes every score now ({@code why} goes to the log) and returns what it did. */
  public synchronized RecomputeSummary recomputeNow(String why) {
    dirty = false;
    LOG.info("Recomputing health scores ({})", why);
    RecomputeSummary summary = store.health().recomputeAll(policy, clock.instant());
    lastDay = summary.day();
    afterRecompute.run();
    return summary;
  }

  @Override
  public void close() {
    timer.shutdownNow();
    try {
      if (!timer.awaitTermination(30, TimeUnit.SECONDS)) {
        LOG.warn("A health recompute was still running at shutdown");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
