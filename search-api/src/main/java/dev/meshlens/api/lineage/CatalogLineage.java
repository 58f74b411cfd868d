package dev.meshlens.api.lineage;

import dev.meshlens.catalog.CatalogStore;
import dev.meshlens.lineage.LineageGraph;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's lineage graph and what keeps it current. Changes committed through this process's
 * store reach the graph through the store's change listener (the graph follows it by itself);
 * changes another process commits to the same catalog file ({@code meshlens crawl} next to a
 * running server) are not told to that listener, so every {@link #POLL} the graph catches up when
 * the catalog's last sequence is past its own.
 */
public final class CatalogLineage implements AutoCloseable {
  static final Duration POLL = Duration.ofSeconds(2);
  private static final Logger LOG = LoggerFactory.getLogger(CatalogLineage.class);

  private final CatalogStore store;
  private final LineageGraph graph;
  private final ScheduledExecutorService poll =
      Executors.newSingleThreadScheduledExecutor(
          Thread.ofPlatform().name("lineage-graph-poll").daemon().factory());

  private CatalogLineage(CatalogStore store, LineageGraph graph) {
    this.store = store;
    this.graph = graph;
  }

  /**
   * Opens the graph in {@code dir}, catching up with the catalog first, and follows the catalog.
   */
  public static CatalogLineage open(CatalogStore store, Path dir) {
    long started = System.nanoTime();
    LineageGraph graph = LineageGraph.open(store, dir);
    LOG.info(
        "Lineage graph open at {}, at sequence {} ({} ms)",
        dir,
        graph.appliedSequence(),
        (System.nanoTime() - started) / 1_000_000);
    CatalogLineage lineage = new CatalogLineage(store, graph);
    long millis = POLL.toMillis();
    lineage.poll.scheduleWithFixedDelay(lineage::poll, millis, millis, TimeUnit.MILLISECONDS);
    return lineage;
  }

  public LineageGraph graph() {
    return graph;
  }

  private void poll() {
    try {
      if (store.lastSequence() > graph.appliedSequence()) {
        graph.catchUp();
      }
    } catch (RuntimeException e) {
      LOG.warn("Lineage graph could not catch up with changes of another process", e);
    }
  }

  /** Stops polling (letting a running catch-up finish), then closes the graph. */
  @Override
  public void close() {
    poll.shutdown();
    try {
      if (!poll.awaitTermination(60, TimeUnit.SECONDS)) {
        LOG.warn("A lineage graph catch-up was still running after 60 s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      graph.close();
    }
  }
}
