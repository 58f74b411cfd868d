package dev.meshlens.sample.synthetic;

/**
 * What to generate: how many datasets, how many columns each, the seed (the same seed gives the
 * same batches, byte for byte), how many datasets per batch, and whether to generate the whole mesh
 * or only the datasets.
 *
 * @param datasets how many datasets, at least 1
 * @param columnsPerDataset columns of each dataset, 1 to {@value #MAX_COLUMNS}
 * @param seed the seed all choices derive from
 * @param batchSize datasets per batch, 1 to {@value #MAX_BATCH_SIZE}
 * @param content the whole mesh, or the datasets and their own aspects only
 */
public record SyntheticMeshConfig(
    int datasets, int columnsPerDataset, long seed, int batchSize, Content content) {
  public static final int DEFAULT_COLUMNS = 10;
  public static final long DEFAULT_SEED = 42L;
  public static final int DEFAULT_BATCH_SIZE = 1_000;
  public static final int MAX_COLUMNS = 1_000;

  /** Keeps every batch well under {@link dev.meshlens.catalog.BatchValidator#MAX_OPERATIONS}. */
  public static final int MAX_BATCH_SIZE = 10_000;

  public SyntheticMeshConfig {
    if (datasets < 1) {
      throw new IllegalArgumentException("datasets must be >= 1; got: " + datasets);
    }
    if (columnsPerDataset < 1 || columnsPerDataset > MAX_COLUMNS) {
      throw new IllegalArgumentException(
          "columnsPerDataset must be in [1, " + MAX_COLUMNS + "]; got: " + columnsPerDataset);
    }
    if (batchSize < 1 || batchSize > MAX_BATCH_SIZE) {
      throw new IllegalArgumentException(
          "batchSize must be in [1, " + MAX_BATCH_SIZE + "]; got: " + batchSize);
    }
    if (content == null) {
      throw new IllegalArgumentException("content must not be null");
    }
  }

  /** What the batches hold. */
  public enum Content {
    /**
     * A first batch with the domains, teams and people, then batches of datasets with their
     * products, lineage jobs and usage events.
     */
    FULL_MESH,
    /**
     * Batches of datasets with their own aspects only (info, schema, membership, ownership, tags):
     * what an ingest benchmark writes.
     */
    DATASETS_ONLY
  }

  /** {@code datasets} datasets of the whole mesh, with the default columns, seed and batch size. */
  public static SyntheticMeshConfig of(int datasets) {
    return new SyntheticMeshConfig(
        datasets, DEFAULT_COLUMNS, DEFAULT_SEED, DEFAULT_BATCH_SIZE, Content.FULL_MESH);
  }

  public SyntheticMeshConfig withColumnsPerDataset(int columns) {
    return new SyntheticMeshConfig(datasets, columns, seed, batchSize, content);
  }

  public SyntheticMeshConfig withSeed(long newSeed) {
    return new SyntheticMeshConfig(datasets, columnsPerDataset, newSeed, batchSize, content);
  }

  public SyntheticMeshConfig withBatchSize(int size) {
    return new SyntheticMeshConfig(datasets, columnsPerDataset, seed, size, content);
  }

  public SyntheticMeshConfig withContent(Content newContent) {
    return new SyntheticMeshConfig(datasets, columnsPerDataset, seed, batchSize, newContent);
  }

  /** How many batches of datasets there are (the first batch of a full mesh comes on top). */
  public int datasetBatches() {
    return (int) ((datasets + (long) batchSize - 1) / batchSize);
  }
}
