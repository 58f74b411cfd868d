package dev.meshlens.sample.bench;

import dev.meshlens.catalog.Batch;
import dev.meshlens.catalog.sqlite.SqliteCatalogStore;
import java.nio.file.Path;

/** The Meshlens catalog store: each batch goes through {@code apply}, the one write path. */
final class StoreTarget implements IngestTarget {
  private final SqliteCatalogStore store;

  StoreTarget(Path file) {
    this.store = SqliteCatalogStore.open(file);
  }

  @Override
  public void write(Batch batch) {
    store.apply(batch);
  }

  @Override
  public void close() {
    store.close();
  }
}
