package dev.meshlens.api.openlineage;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meshlens.catalog.Batch;
import dev.meshlens.catalog.CatalogStore;
import dev.meshlens.catalog.InvalidBatchException;
import dev.meshlens.indexer.crawl.openlineage.OpenLineageValidator;

/**
 * The OpenLineage push: takes one event (RunEvent, DatasetEvent or JobEvent), checks it against the
 * OpenLineage 2-0-2 schemas, maps it the way the OpenLineage file crawler does and commits it to
 * the store as source {@value #SOURCE}, merged with what earlier pushed events said (see {@link
 * PushReconciler}). Checking and mapping run in the caller's thread; commits are grouped (see
 * {@link GroupCommitter}). Thread-safe.
 */
public final class LineagePush implements AutoCloseable {
  /** The source of every pushed event, whatever its namespace or producer. */
  public static final String SOURCE = "openlineage:push";

  /** The most events committed in one transaction. */
  public static final int MAX_GROUP = 256;

  /** How events are committed. */
  public enum Commits {
    /** Events that arrive together share a transaction, in one writer thread. */
    GROUPED,
    /** One transaction per event, in the caller's thread. */
    ONE_BY_ONE
  }

  private final EventMapper mapper;
  private final Committer committer;

  private LineagePush(EventMapper mapper, Committer committer) {
    this.mapper = mapper;
    this.committer = committer;
  }

  public static LineagePush start(
      CatalogStore store, OpenLineageValidator validator, Commits commits) {
    return new LineagePush(
        new EventMapper(validator, SOURCE),
        switch (commits) {
          case GROUPED -> new GroupCommitter(store, SOURCE, MAX_GROUP);
          case ONE_BY_ONE -> new DirectCommitter(store, SOURCE);
        });
  }

  /**
   * Checks, maps and commits one event; returns once it is in the store.
   *
   * @throws InvalidBatchException naming every problem of an invalid event; nothing is applied
   */
  public void accept(JsonNode event) {
    Batch batch = mapper.map(event);
    if (batch.size() > 0) {
      committer.commit(batch);
    }
  }

  /** Stops committing; events still waiting are refused. */
  @Override
  public void close() {
    committer.close();
  }
}
