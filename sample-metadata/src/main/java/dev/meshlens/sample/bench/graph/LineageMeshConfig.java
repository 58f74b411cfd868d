package dev.meshlens.sample.bench.graph;

/**
 * What {@link LineageMesh} generates: about {@code edges} dataset-to-dataset edges (an edge is an
 * output and an input of one job), from {@code seed}, written {@code batchSize} assets a batch. The
 * shape follows from the edges: {@value #LAYERS} layers of datasets, jobs in layers 1 and up, a few
 * hub datasets in layer 0 that about one job in ten reads as well, and hub jobs carrying a tenth of
 * the edges.
 */
public record LineageMeshConfig(long edges, long seed, int batchSize) {
  public static final int LAYERS = 12;
  public static final long MIN_EDGES = 1_000;
  public static final long MAX_EDGES = 20_000_000;
  public static final int MAX_BATCH_SIZE = 10_000;

  /**
   * The most input-output pairs a hub job has: the lineage graph states {@code prov:wasDerivedFrom}
   * for a job of at most 10,000 pairs (larger ones only by {@code prov:used}/{@code
   * prov:generated}), so every edge generated here is in the graph's RDF too.
   */
  public static final int MAX_HUB_JOB_PAIRS = 10_000;

  /** Edges a normal job states on average: 2.1 inputs (a hub one time in ten) by 1.5 outputs. */
  static final double EDGES_PER_JOB = 3.15;

  public LineageMeshConfig {
    if (edges < MIN_EDGES || edges > MAX_EDGES) {
      throw new IllegalArgumentException(
          "edges must be in [" + MIN_EDGES + ", " + MAX_EDGES + "]; got: " + edges);
    }
    if (batchSize < 1 || batchSize > MAX_BATCH_SIZE) {
      throw new IllegalArgumentException(
          "batchSize must be in [1, " + MAX_BATCH_SIZE + "]; got: " + batchSize);
    }
  }

  /** About {@code edges} edges, seed 42, 5,000 assets a batch. */
  public static LineageMeshConfig of(long edges) {
    return new LineageMeshConfig(edges, 42, 5_000);
  }

  public LineageMeshConfig withSeed(long newSeed) {
    return new LineageMeshConfig(edges, newSeed, batchSize);
  }

  /** Hub datasets, in layer 0: one per 100,000 edges, 2 to 10. */
  public int hubDatasets() {
    return (int) Math.max(2, Math.min(10, edges / 100_000));
  }

  /**
   * Inputs (and outputs) of each hub job: the square root of a hundredth of the edges, 2 to 100.
   */
  public int hubJobSide() {
    return (int) Math.max(2, Math.min(100, Math.round(Math.sqrt(edges / 100.0))));
  }

  /** Hub jobs: together about a tenth of the edges. */
  public int hubJobs() {
    return (int) Math.max(1, Math.round(edges * 0.1 / ((double) hubJobSide() * hubJobSide())));
  }

  /** Normal jobs in each layer from 1 up: together about nine tenths of the edges. */
  public int jobsPerLayer() {
    return (int) Math.ceil(edges * 0.9 / ((LAYERS - 1) * EDGES_PER_JOB));
  }

  /** Datasets in each layer: as many as the jobs writing to it, so most have one or two writers. */
  public int datasetsPerLayer() {
    return Math.max(hubDatasets() + 10, jobsPerLayer());
  }
}
