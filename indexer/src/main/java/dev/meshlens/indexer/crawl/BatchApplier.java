package dev.meshlens.indexer.crawl;

import dev.meshlens.catalog.AssetCounts;
import dev.meshlens.catalog.Batch;
import dev.meshlens.catalog.CatalogStore;
import dev.meshlens.catalog.InvalidBatchException;
import dev.meshlens.catalog.RunIssue;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the batches of one crawl run in order, each in its own transaction, written by the run
 * (its actor is {@code crawl-run:<id>} unless the reader set one), and adds up what they did to
 * assets. A batch the store rejects is an issue and the next batch is still applied; any other
 * store failure is thrown, and the batches applied before it stay applied.
 */
final class BatchApplier {
  private static final Logger LOG = LoggerFactory.getLogger(BatchApplier.class);

  private final CatalogStore store;
  private final String source;
  private final String actor;
  private final List<RunIssue> rejections = new ArrayList<>();
  private AssetCounts counts = AssetCounts.ZERO;

  BatchApplier(CatalogStore store, String source, String actor) {
    this.store = store;
    this.source = source;
    this.actor = actor;
  }

  /** Applies {@code batches}, the {@code part} of the run they are (content, removals). */
  void applyAll(String part, List<Batch> batches) {
    for (int i = 0; i < batches.size(); i++) {
      Batch batch = batches.get(i);
      try {
        counts =
            counts.plus(store.apply(batch.actor() == null ? withActor(batch) : batch).assets());
        if (batches.size() > 1) {
          LOG.info("{}: {} batch {}/{} applied", source, part, i + 1, batches.size());
        }
      } catch (InvalidBatchException e) {
        rejections.add(new RunIssue(part + " batch " + (i + 1), "", e.getMessage()));
      }
    }
  }

  private Batch withActor(Batch batch) {
    return new Batch(
        batch.source(),
        actor,
        batch.upserts(),
        batch.removals(),
        batch.runs(),
        batch.usage(),
        batch.qualityResults());
  }

  /** What the applied batches did to assets, as seen by the source. */
  AssetCounts counts() {
    return counts;
  }

  /** The batches the store rejected. */
  List<RunIssue> rejections() {
    return List.copyOf(rejections);
  }
}
