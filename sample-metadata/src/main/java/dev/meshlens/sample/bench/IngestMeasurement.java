package dev.meshlens.sample.bench;

/**
 * What one run measured.
 *
 * @param target which target was written
 * @param datasets datasets written
 * @param columns columns written
 * @param wallNanos the whole run: generating the batches, writing them, closing
 * @param writeNanos only writing and closing (the target's own work)
 * @param peakHeapBytes the most heap in use seen after any batch, garbage included
 * @param gcCount garbage collections during the run
 * @param gcMillis time the collectors reported for them
 * @param fileBytes the database files once closed
 */
public record IngestMeasurement(
    String target,
    long datasets,
    long columns,
    long wallNanos,
    long writeNanos,
    long peakHeapBytes,
    long gcCount,
    long gcMillis,
    long fileBytes) {

  /** Datasets per second of writing alone. */
  public double writeRate() {
    return datasets / Math.max(1e-9, writeNanos / 1e9);
  }

  /** Datasets per second of the whole run, generation included. */
  public double wallRate() {
    return datasets / Math.max(1e-9, wallNanos / 1e9);
  }

  public double wallSeconds() {
    return wallNanos / 1e9;
  }
}
