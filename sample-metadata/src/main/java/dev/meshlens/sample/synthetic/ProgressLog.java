package dev.meshlens.sample.synthetic;

import java.util.Locale;
import org.slf4j.Logger;

/**
 * Logs the progress of a long task at INFO: a line at every 5% step and at least every 10 seconds,
 * with the count done, the rate and the estimated time left. Not thread-safe.
 */
public final class ProgressLog {
  private static final long INTERVAL_NANOS = 10_000_000_000L;
  private static final int STEPS = 20;

  private final Logger log;
  private final String task;
  private final String unit;
  private final long total;
  private final long startNanos;
  private long lastLogNanos;
  private long lastStep;

  public ProgressLog(Logger log, String task, long total, String unit) {
    this.log = log;
    this.task = task;
    this.total = Math.max(1, total);
    this.unit = unit;
    this.startNanos = System.nanoTime();
    this.lastLogNanos = startNanos;
  }

  /** Reports that {@code done} units are finished; logs if a step or the interval was passed. */
  public void update(long done) {
    long now = System.nanoTime();
    long step = done * STEPS / total;
    if (step > lastStep || now - lastLogNanos >= INTERVAL_NANOS) {
      lastStep = step;
      lastLogNanos = now;
      log.info("{}", line(done, now));
    }
  }

  /** Seconds since this log was created. */
  public double elapsedSeconds() {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  private String line(long done, long now) {
    double seconds = Math.max(1e-9, (now - startNanos) / 1e9);
    double rate = done / seconds;
    String eta = rate > 0 && done < total ? duration((total - done) / rate) : "0:00:00";
    return String.format(
        Locale.ROOT,
        "%s: %,d of %,d %s (%.0f%%), %,.0f %s/s, elapsed %s, ETA %s",
        task,
        done,
        total,
        unit,
        100.0 * done / total,
        rate,
        unit,
        duration(seconds),
        eta);
  }

  /** Seconds as {@code h:mm:ss}. */
  static String duration(double seconds) {
    long s = Math.round(seconds);
    return String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
  }
}
