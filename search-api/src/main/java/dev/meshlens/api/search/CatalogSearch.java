package dev.meshlens.api.search;

import dev.meshlens.catalog.CatalogStore;
import dev.meshlens.indexer.search.SearchIndex;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's search index and what keeps it current. Changes committed through this process's
 * store reach the index at once, through the store's change listener; changes another process
 * commits to the same catalog file ({@code meshlens crawl} next to a running server) are not told
 * to that listener, so every {@link #POLL} the index catches up when the catalog's last sequence is
 * past its own.
 */
public final class CatalogSearch implements AutoCloseable {
  static final Duration POLL = Duration.ofSeconds(2);
  private static final Logger LOG = LoggerFactory.getLogger(CatalogSearch.class);

  private final CatalogStore store;
  private final SearchIndex index;
  private final ScheduledExecutorService poll =
      Executors.newSingleThreadScheduledExecutor(
          Thread.ofPlatform().name("search-index-poll").daemon().factory());

  private CatalogSearch(CatalogStore store, SearchIndex index) {
    this.store = store;
    this.index = index;
  }

  /**
   * Opens the index in {@code dir}, catching up with the catalog first, and follows the catalog.
   */
  public static CatalogSearch open(CatalogStore store, Path dir) {
    long started = System.nanoTime();
    SearchIndex index = SearchIndex.open(store, dir);
    LOG.info(
        "Search index open at {}, at sequence {} ({} ms)",
        dir,
        index.appliedSequence(),
        (System.nanoTime() - started) / 1_000_000);
    CatalogSearch search = new CatalogSearch(store, index);
    long millis = POLL.toMillis();
    search.poll.scheduleWithFixedDelay(search::poll, millis, millis, TimeUnit.MILLISECONDS);
    return search;
  }

  public SearchIndex index() {
    return index;
  }

  private void poll() {
    try {
      if (store.lastSequence() > index.appliedSequence()) {
        index.catchUp();
      }
    } catch (RuntimeException e) {
      LOG.warn("Search index could not catch up with changes of another process", e);
    }
  }

  /** Stops polling (letting a running catch-up finish: Lucene must not be interrupted), closes. */
  @Override
  public void close() {
    poll.shutdown();
    try {
      if (!poll.awaitTermination(60, TimeUnit.SECONDS)) {
        LOG.warn("A search index catch-up was still running after 60 s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      index.close();
    }
  }
}
