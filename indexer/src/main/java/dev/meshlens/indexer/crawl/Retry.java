package dev.meshlens.indexer.crawl;

import dev.meshlens.indexer.crawl.support.UnreadableDocumentException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLNonTransientException;
import java.time.Duration;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls an action again after a transient failure (the source unreachable: a refused or dropped
 * connection, an I/O error, a missing file that a network share may bring back), at most {@code
 * retries} more times, waiting {@code backoff} before the first retry and twice as long before each
 * next one. A permanent failure (a bad option, an unknown source type, a malformed document, bad
 * credentials) is not retried.
 */
final class Retry {
  private static final Logger LOG = LoggerFactory.getLogger(Retry.class);

  private final Sleeper sleeper;
  private final int retries;
  private final Duration backoff;

  /** How a call ended: its value, or the failure that ended it; and how many attempts it took. */
  record Attempts<T>(T value, RuntimeException failure, int count) {
    boolean succeeded() {
      return failure == null;
    }
  }

  Retry(Sleeper sleeper, int retries, Duration backoff) {
    this.sleeper = sleeper;
    this.retries = retries;
    this.backoff = backoff;
  }

  /** Calls {@code action} until it succeeds, fails permanently or has used its retries. */
  <T> Attempts<T> call(String what, Supplier<T> action) {
    Duration wait = backoff;
    for (int attempt = 1; ; attempt++) {
      try {
        return new Attempts<>(action.get(), null, attempt);
      } catch (RuntimeException e) {
        if (attempt > retries || !isTransient(e)) {
          return new Attempts<>(null, e, attempt);
        }
        LOG.warn(
            "{}: attempt {} of {} failed, retrying in {}: {}",
            what,
            attempt,
            retries + 1,
            wait,
            e.getMessage());
        try {
          sleeper.sleep(wait);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          return new Attempts<>(
              null,
              new IllegalStateException("interrupted before retrying: " + e.getMessage(), e),
              attempt);
        }
        wait = wait.multipliedBy(2);
      }
    }
  }

  /** Whether trying again may help: the source was unreachable, not wrong. */
  static boolean isTransient(RuntimeException e) {
    if (e instanceof UncheckedIOException) {
      return true;
    }
    if (!(e instanceof SourceUnreadableException)) {
      return false;
    }
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof IllegalArgumentException
          || cause instanceof UnreadableDocumentException) {
        return false;
      }
      if (cause instanceof SQLException sql) {
        return isTransient(sql);
      }
    }
    return true;
  }

  /**
   * Connection failures are transient; bad credentials (SQLSTATE class 28), an unknown database
   * (3D) and other non-transient errors are not.
   */
  private static boolean isTransient(SQLException e) {
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    if (state.startsWith("28") || state.startsWith("3D") || state.startsWith("42")) {
      return false;
    }
    return !(e instanceof SQLNonTransientException)
        || e instanceof SQLNonTransientConnectionException;
  }
}
