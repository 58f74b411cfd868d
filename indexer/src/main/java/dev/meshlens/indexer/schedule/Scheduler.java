package dev.meshlens.indexer.schedule;

import dev.meshlens.catalog.CatalogStore;
import dev.meshlens.catalog.CrawlRun;
import dev.meshlens.catalog.CrawlStatus;
import dev.meshlens.indexer.crawl.CrawlRunner;
import dev.meshlens.indexer.crawl.SourceDefinition;
import dev.meshlens.indexer.crawl.SourceReaders;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the sources of a sources file on their cron schedules. One ticker thread looks at the clock
 * and the file every tick; due runs and runs asked for now go to a pool of {@code parallelism}
 * crawl threads. A source has at most one run running or waiting at a time: a scheduled run that
 * comes due meanwhile is skipped (and logged), a request to run it now is refused. Closing stops
 * the ticker, drops the runs still waiting and waits (bounded) for the running ones.
 */
public final class Scheduler implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Scheduler.class);
  static final String ABANDONED = "the process running it stopped before it finished";

  private final CatalogStore store;
  private final CrawlRunner runner;
  private final SchedulerConfig config;
  private final Clock clock;
  private final SourcesFileWatcher sourcesFile;
  private final Timetable timetable;
  private final ThreadPoolExecutor crawls;
  private final Map<String, CrawlRequest> active = new HashMap<>();
  private ScheduledExecutorService ticker;
  private boolean started;
  private volatile boolean closed;

  public Scheduler(
      CatalogStore store, SourceReaders readers, CrawlRunner runner, SchedulerConfig config) {
    this.store = store;
    this.runner = runner;
    this.config = config;
    this.clock = config.clock();
    this.sourcesFile = new SourcesFileWatcher(config.sourcesFile(), readers);
    this.timetable = new Timetable(clock.getZone());
    this.crawls =
        new ThreadPoolExecutor(
            config.parallelism(),
            config.parallelism(),
            0,
            TimeUnit.MILLISECONDS,
            new LinkedBlockingQueue<>(),
            new NamedThreads("meshlens-crawl"));
  }

  /**
   * Marks the runs a stopped process left RUNNING as ABANDONED, reads the sources file, asks for a
   * {@code startup} run of every source that never ran (when configured to) and starts ticking.
   *
   * @return the startup runs asked for (none when not configured to, or when closed already)
   */
  public synchronized List<CrawlRequest> start() {
    if (closed) {
      return List.of();
    }
    if (started) {
      throw new IllegalStateException("The scheduler is started already");
    }
    started = true;
    int abandoned = store.abandonUnfinishedCrawlRuns(ABANDONED);
    if (abandoned > 0) {
      LOG.warn("Marked {} crawl run(s) left running by a stopped process as ABANDONED", abandoned);
    }
    reload(clock.instant());
    List<CrawlRequest> startup = new ArrayList<>();
    if (config.startupRuns()) {
      for (Timetable.Entry entry : timetable.entries()) {
        if (neverRan(entry.definition())) {
          startup.add(submit(entry.definition(), "startup"));
        }
      }
    }
    ticker = Executors.newSingleThreadScheduledExecutor(new NamedThreads("meshlens-scheduler"));
    long every = config.tick().toMillis();
    ticker.scheduleWithFixedDelay(this::tickSafely, every, every, TimeUnit.MILLISECONDS);
    LOG.info(
        "Scheduler started: {} sources, {} crawls at once, {} startup runs",
        timetable.names().size(),
        config.parallelism(),
        startup.size());
    return startup;
  }

  /** A source whose history holds no run, or only one a stopped process abandoned. */
  private boolean neverRan(SourceDefinition definition) {
    List<CrawlRun> last = store.crawlRuns(definition.spec().batchSource(), 1);
    return last.isEmpty() || last.get(0).status() == CrawlStatus.ABANDONED;
  }

  /**
   * Reads the sources file if it changed, then starts every due source that is not running.
   *
   * @return the runs started
   */
  synchronized List<CrawlRequest> tick() {
    if (closed) {
      return List.of();
    }
    Instant now = clock.instant();
    reload(now);
    List<CrawlRequest> requested = new ArrayList<>();
    for (SourceDefinition due : timetable.due(now)) {
      CrawlRequest current = active.get(due.name());
      if (current == null) {
        requested.add(submit(due, "schedule"));
      } else {
        LOG.warn(
            "Skipped the scheduled run of {} due at {}: it already has {}",
            due.name(),
            now,
            current.describe());
      }
    }
    return requested;
  }

  private void tickSafely() {
    try {
      tick();
    } catch (RuntimeException e) {
      LOG.error("Scheduler tick failed; trying again at the next tick", e);
    }
  }

  private void reload(Instant now) {
    sourcesFile.refresh().ifPresent(definitions -> timetable.replace(definitions, now));
  }

  /**
   * Runs a source now, as soon as a crawl slot is free.
   *
   * @throws SourceNotFoundException when no source of that name is in force
   * @throws CrawlAlreadyRunningException when a run of it is running or waiting
   */
  public synchronized CrawlRequest runNow(String name) {
    if (closed) {
      throw new IllegalStateException("The scheduler is closed");
    }
    SourceDefinition definition = loadSource(name);
    CrawlRequest current = active.get(name);
    if (current != null) {
      throw new CrawlAlreadyRunningException(current);
    }
    return submit(definition, "manual");
  }

  private SourceDefinition loadSource(String name) {
    return timetable
        .find(name)
        .orElseThrow(() -> new SourceNotFoundException(name, timetable.names()))
        .definition();
  }

  private CrawlRequest submit(SourceDefinition definition, String trigger) {
    CrawlRequest request = new CrawlRequest(definition.name(), trigger, clock.instant());
    active.put(definition.name(), request);
    crawls.execute(() -> crawl(definition, request));
    return request;
  }

  private void crawl(SourceDefinition definition, CrawlRequest request) {
    CrawlRun run = null;
    RuntimeException failure = null;
    if (!closed) {
      request.markStarted();
      try {
        run = runner.run(definition.spec(), request.trigger());
      } catch (RuntimeException e) {
        LOG.error("Crawl of {} stopped unexpectedly", definition.name(), e);
        failure = e;
      }
    }
    synchronized (this) {
      active.remove(definition.name(), request);
    }
    if (run != null) {
      request.result().complete(run);
    } else if (failure != null) {
      request.result().completeExceptionally(failure);
    } else {
      request.result().cancel(false);
    }
  }

  /** Every source in force with its next time, whether it runs, and its latest run. */
  public SchedulerStatus status() {
    List<Timetable.Entry> entries;
    Map<String, CrawlRequest> current;
    String error;
    synchronized (this) {
      entries = timetable.entries();
      current = Map.copyOf(active);
      error = sourcesFile.error();
    }
    List<SourceStatus> sources = new ArrayList<>();
    for (Timetable.Entry entry : entries) {
      SourceDefinition definition = entry.definition();
      CrawlRequest request = current.get(definition.name());
      List<CrawlRun> last = store.crawlRuns(definition.spec().batchSource(), 1);
      sources.add(
          new SourceStatus(
              definition,
              entry.nextRunAt(),
              request != null && request.started(),
              request != null && !request.started(),
              last.isEmpty() ? null : last.get(0)));
    }
    return new SchedulerStatus(sources, error);
  }

  /**
   * The runs of a source in force, newest first, at most {@code limit}.
   *
   * @throws SourceNotFoundException when no source of that name is in force
   */
  public List<CrawlRun> runs(String name, int limit) {
    SourceDefinition definition;
    synchronized (this) {
      definition = loadSource(name);
    }
    return store.crawlRuns(definition.spec().batchSource(), limit);
  }

  /** Stops scheduling, drops the runs still waiting, and waits (bounded) for the running ones. */
  @Override
  public void close() {
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
      if (ticker != null) {
        ticker.shutdown();
      }
    }
    crawls.shutdown();
    try {
      if (!crawls.awaitTermination(config.shutdownGrace().toMillis(), TimeUnit.MILLISECONDS)) {
        LOG.warn(
            "Crawls still running after {}: {}; their runs will be marked ABANDONED at the next"
                + " start",
            config.shutdownGrace(),
            runningNames());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private synchronized List<String> runningNames() {
    return List.copyOf(active.keySet());
  }
}
