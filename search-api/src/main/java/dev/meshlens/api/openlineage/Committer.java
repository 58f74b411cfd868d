package dev.meshlens.api.openlineage;

import dev.meshlens.catalog.Batch;

/**
 * Commits the batches of pushed events: each call returns once its event is in the store, merged
 * with what the push source said before ({@link PushReconciler}), or throws why it is not.
 */
interface Committer extends AutoCloseable {
  void commit(Batch event);

  @Override
  void close();
}
