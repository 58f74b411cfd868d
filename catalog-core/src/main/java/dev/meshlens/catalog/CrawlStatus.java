package dev.meshlens.catalog;

/** How a crawl run ended (or that it is still running). */
public enum CrawlStatus {
  /** Started and not finished yet. */
  RUNNING,
  /** Read the whole source and applied it; what vanished from the source was soft-deleted. */
  SUCCEEDED,
  /** Read what it could (warnings) and applied it; nothing was deleted. */
  PARTIAL,
  /** Could not read the source or apply it, after its retries; nothing was deleted. */
  FAILED,
  /** Stopped before deleting: a larger share than allowed would have vanished from the source. */
  FAILSAFE,
  /** Was running when the process stopped (crash, kill); whole batches it applied are kept. */
  ABANDONED;

  public boolean finished() {
    return this != RUNNING;
  }
}
