package dev.meshlens.indexer.crawl;

import java.time.Duration;

/** Waits between the attempts of a crawl; tests pass one that records the wait and returns. */
@FunctionalInterface
public interface Sleeper {

  /** Waits {@code duration}, or less when interrupted. */
  void sleep(Duration duration) throws InterruptedException;

  /** Waits on the calling thread. */
  static Sleeper system() {
    return Thread::sleep;
  }
}
