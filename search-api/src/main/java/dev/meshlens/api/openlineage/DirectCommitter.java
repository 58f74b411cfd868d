package dev.meshlens.api.openlineage;

import dev.meshlens.catalog.Batch;
import dev.meshlens.catalog.CatalogStore;

/** One transaction per event, in the caller's thread; callers take turns. */
final class DirectCommitter implements Committer {
  private final CatalogStore store;
  private final PushReconciler reconciler;

  DirectCommitter(CatalogStore store, String source) {
    this.store = store;
    this.reconciler = new PushReconciler(store, source);
  }

  @Override
  public synchronized void commit(Batch event) {
    try {
      store.apply(reconciler.reconcile(event));
    } catch (RuntimeException e) {
      reconciler.forget();
      throw e;
    }
  }

  @Override
  public void close() {
    // nothing of its own to release
  }
}
