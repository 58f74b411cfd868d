package dev.meshlens.sample.bench;

import dev.meshlens.catalog.Batch;

/** Somewhere batches are written to during a benchmark run: our store or the baseline. */
interface IngestTarget extends AutoCloseable {
  /** Writes one batch durably, in one transaction. */
  void write(Batch batch);

  /** Flushes and closes; part of the measured write time. */
  @Override
  void close();
}
