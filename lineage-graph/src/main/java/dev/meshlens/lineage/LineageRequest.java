package dev.meshlens.lineage;

import dev.meshlens.catalog.Urn;

/**
 * A lineage question: from which asset, which way, how deep, at which grain, and at most how many
 * nodes. At the dataset level the asset is a dataset or a product (its datasets are the start); at
 * the column level it is a field or a dataset (its columns are the start).
 *
 * @param depth the number of hops, in {@code [1, MAX_DEPTH]}
 * @param nodeCap the most nodes answered (the start included), in {@code [1, MAX_NODE_CAP]}
 */
public record LineageRequest(Urn urn, Direction direction, int depth, Level level, int nodeCap) {
  public static final int DEFAULT_DEPTH = 3;
  public static final int MAX_DEPTH = 20;
  public static final int DEFAULT_NODE_CAP = 2000;
  public static final int MAX_NODE_CAP = 10_000;

  public LineageRequest {
    if (urn == null) {
      throw new InvalidLineageRequestException("urn must not be null");
    }
    if (direction == null || level == null) {
      throw new InvalidLineageRequestException("direction and level must not be null");
    }
    if (depth < 1 || depth > MAX_DEPTH) {
      throw new InvalidLineageRequestException(
          "depth must be in [1, " + MAX_DEPTH + "]; got: " + depth);
    }
    if (nodeCap < 1 || nodeCap > MAX_NODE_CAP) {
      throw new InvalidLineageRequestException(
          "nodeCap must be in [1, " + MAX_NODE_CAP + "]; got: " + nodeCap);
    }
  }

  /** Both ways, depth 3, datasets, 2000 nodes at most. */
  public static LineageRequest of(Urn urn) {
    return new LineageRequest(urn, Direction.BOTH, DEFAULT_DEPTH, Level.DATASET, DEFAULT_NODE_CAP);
  }

  public LineageRequest withDirection(Direction direction) {
    return new LineageRequest(urn, direction, depth, level, nodeCap);
  }

  public LineageRequest withDepth(int depth) {
    return new LineageRequest(urn, direction, depth, level, nodeCap);
  }

  public LineageRequest withLevel(Level level) {
    return new LineageRequest(urn, direction, depth, level, nodeCap);
  }

  public LineageRequest withNodeCap(int nodeCap) {
    return new LineageRequest(urn, direction, depth, level, nodeCap);
  }

  /** The most edges answered: five per node allowed. */
  public int edgeCap() {
    return nodeCap * 5;
  }
}
