package dev.meshlens.lineage;

/**
 * The limits a lineage answer was computed under, and what they left out.
 *
 * @param depth the depth walked
 * @param nodeCap the most nodes answered
 * @param edgeCap the most edges answered
 * @param timeoutMillis the time budget of the walk
 * @param nodesOverCap nodes within the depth that the node cap left out
 * @param nodesBeyondDepth nodes one hop past the depth (where the walk was cut off)
 * @param edgesOverCap edges among the answered nodes that the edge cap left out
 * @param timedOut whether the walk stopped at its time budget
 * @param countsExact whether the three counts are exact; false when the walk timed out or when more
 *     than 25,000 nodes were left out (it then stops counting, and the counts are lower bounds)
 */
public record LineageLimits(
    int depth,
    int nodeCap,
    int edgeCap,
    long timeoutMillis,
    long nodesOverCap,
    long nodesBeyondDepth,
    long edgesOverCap,
    boolean timedOut,
    boolean countsExact) {

  /** Whether anything was left out. */
  public boolean truncated() {
    return nodesOverCap > 0 || nodesBeyondDepth > 0 || edgesOverCap > 0 || timedOut;
  }
}
