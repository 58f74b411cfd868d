package dev.meshlens.lineage.index;

/**
 * What a {@link Traversal} found: the admitted nodes in order with their distances, the edges among
 * them (parallel arrays: from, to, connector), and what the limits left out.
 */
record TraversalResult(
    int[] nodes,
    int[] distances,
    int[] edgeFrom,
    int[] edgeTo,
    int[] edgeConnector,
    long nodesOverCap,
    long nodesBeyondDepth,
    long edgesOverCap,
    boolean timedOut,
    boolean countsExact) {}
