package dev.meshlens.indexer.schedule;

import dev.meshlens.catalog.CrawlRun;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

/**
 * A run of a source the scheduler accepted: which source, why ({@code schedule}, {@code manual},
 * {@code startup}), when it was asked for, whether it has started (it waits while every crawl slot
 * is busy), and the finished run once it is done. The result is cancelled when the scheduler closes
 * before the run could start.
 */
public final class CrawlRequest {
  private final String source;
  private final String trigger;
  private final Instant requestedAt;
  private final CompletableFuture<CrawlRun> result = new CompletableFuture<>();
  private volatile boolean started;

  CrawlRequest(String source, String trigger, Instant requestedAt) {
    this.source = source;
    this.trigger = trigger;
    this.requestedAt = requestedAt;
  }

  public String source() {
    return source;
  }

  public String trigger() {
    return trigger;
  }

  public Instant requestedAt() {
    return requestedAt;
  }

  public boolean started() {
    return started;
  }

  /** Completes with the finished run (recorded in the store's history). */
  public CompletableFuture<CrawlRun> result() {
    return result;
  }

  /**
   * Says what this request is doing, for messages: {@code a manual run running, asked for at …}.
   */
  public String describe() {
    return "a "
        + trigger
        + " run "
        + (started ? "running" : "waiting for a free crawl slot")
        + ", asked for at "
        + requestedAt;
  }

  void markStarted() {
    started = true;
  }
}
