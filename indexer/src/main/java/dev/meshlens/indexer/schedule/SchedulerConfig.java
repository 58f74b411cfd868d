package dev.meshlens.indexer.schedule;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * How the scheduler runs: the sources file to follow (null: no sources), how many crawls may run at
 * once, whether to run at start every source that never ran, how often it looks at the clock and
 * the file, how long closing waits for running crawls, and the clock whose zone the cron
 * expressions are read in.
 */
public record SchedulerConfig(
    Path sourcesFile,
    int parallelism,
    boolean startupRuns,
    Duration tick,
    Duration shutdownGrace,
    Clock clock) {
  public static final int DEFAULT_PARALLELISM = 2;
  public static final int MAX_PARALLELISM = 64;

  public SchedulerConfig {
    if (parallelism < 1 || parallelism > MAX_PARALLELISM) {
      throw new IllegalArgumentException(
          "parallelism must be in [1, " + MAX_PARALLELISM + "], got " + parallelism);
    }
    if (tick == null || tick.isNegative() || tick.isZero()) {
      throw new IllegalArgumentException("tick must be positive, got " + tick);
    }
    if (shutdownGrace == null || shutdownGrace.isNegative()) {
      throw new IllegalArgumentException("shutdownGrace must be >= 0, got " + shutdownGrace);
    }
    if (clock == null) {
      throw new IllegalArgumentException("clock must be set");
    }
  }

  /** Follows {@code sourcesFile}: 2 crawls at once, a tick a second, 20 s to finish at close. */
  public static SchedulerConfig of(Path sourcesFile) {
    return new SchedulerConfig(
        sourcesFile,
        DEFAULT_PARALLELISM,
        false,
        Duration.ofSeconds(1),
        Duration.ofSeconds(20),
        Clock.systemDefaultZone());
  }

  public SchedulerConfig withParallelism(int n) {
    return new SchedulerConfig(sourcesFile, n, startupRuns, tick, shutdownGrace, clock);
  }

  public SchedulerConfig withStartupRuns(boolean run) {
    return new SchedulerConfig(sourcesFile, parallelism, run, tick, shutdownGrace, clock);
  }

  public SchedulerConfig withTick(Duration every) {
    return new SchedulerConfig(sourcesFile, parallelism, startupRuns, every, shutdownGrace, clock);
  }

  public SchedulerConfig withShutdownGrace(Duration grace) {
    return new SchedulerConfig(sourcesFile, parallelism, startupRuns, tick, grace, clock);
  }

  public SchedulerConfig withClock(Clock time) {
    return new SchedulerConfig(sourcesFile, parallelism, startupRuns, tick, shutdownGrace, time);
  }
}
