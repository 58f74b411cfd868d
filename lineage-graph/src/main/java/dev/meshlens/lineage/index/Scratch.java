package dev.meshlens.lineage.index;

import java.util.Arrays;

/**
 * Per-thread working memory of a walk: distances per node on each side and marks per connector, in
 * dense arrays as large as the graph, valid only where their stamp is the current walk's. A new
 * walk bumps the stamp instead of clearing, so a walk costs what it touches, without hashing.
 */
final class Scratch {
  private static final ThreadLocal<Scratch> PER_THREAD = ThreadLocal.withInitial(Scratch::new);

  private int stamp;
  private int[] downStamp = new int[0];
  private int[] downDistance = new int[0];
  private int[] upStamp = new int[0];
  private int[] upDistance = new int[0];
  private int[] beyondStamp = new int[0];
  private int[] expandedDownStamp = new int[0];
  private int[] expandedUpStamp = new int[0];
  private int[] touchedStamp = new int[0];

  /** This thread's scratch, reset for a walk over {@code nodes} nodes and {@code connectors}. */
  static Scratch forWalk(int nodes, int connectors) {
    Scratch scratch = PER_THREAD.get();
    scratch.reset(nodes, connectors);
    return scratch;
  }

  private void reset(int nodes, int connectors) {
    if (downStamp.length < nodes) {
      int size = Math.max(nodes, downStamp.length + downStamp.length / 2);
      downStamp = Arrays.copyOf(downStamp, size);
      downDistance = Arrays.copyOf(downDistance, size);
      upStamp = Arrays.copyOf(upStamp, size);
      upDistance = Arrays.copyOf(upDistance, size);
      beyondStamp = Arrays.copyOf(beyondStamp, size);
    }
    if (expandedDownStamp.length < connectors) {
      int size = Math.max(connectors, expandedDownStamp.length + expandedDownStamp.length / 2);
      expandedDownStamp = Arrays.copyOf(expandedDownStamp, size);
      expandedUpStamp = Arrays.copyOf(expandedUpStamp, size);
      touchedStamp = Arrays.copyOf(touchedStamp, size);
    }
    if (++stamp == Integer.MAX_VALUE) {
      stamp = 1;
      for (int[] a :
          new int[][] {
            downStamp, upStamp, beyondStamp, expandedDownStamp, expandedUpStamp, touchedStamp
          }) {
        Arrays.fill(a, 0);
      }
    }
  }

  /** The node's distance on a side, or {@link IntIntMap#MISSING}. */
  int distance(boolean down, int node) {
    if (down) {
      return downStamp[node] == stamp ? downDistance[node] : IntIntMap.MISSING;
    }
    return upStamp[node] == stamp ? upDistance[node] : IntIntMap.MISSING;
  }

  boolean reached(boolean down, int node) {
    return (down ? downStamp : upStamp)[node] == stamp;
  }

  /** Sets the node's distance on a side unless it has one; returns whether it was set. */
  boolean reach(boolean down, int node, int distance) {
    int[] stamps = down ? downStamp : upStamp;
    if (stamps[node] == stamp) {
      return false;
    }
    stamps[node] = stamp;
    (down ? downDistance : upDistance)[node] = distance;
    return true;
  }

  /** Marks a node found one hop past the depth; returns whether it was new. */
  boolean beyond(int node) {
    if (beyondStamp[node] == stamp) {
      return false;
    }
    beyondStamp[node] = stamp;
    return true;
  }

  /** Marks a connector whose edges the answer lists; returns whether it was new. */
  boolean touch(int connector) {
    if (touchedStamp[connector] == stamp) {
      return false;
    }
    touchedStamp[connector] = stamp;
    return true;
  }

  /** Marks a connector expanded on a side; returns whether it was new. */
  boolean expand(boolean down, int connector) {
    int[] stamps = down ? expandedDownStamp : expandedUpStamp;
    if (stamps[connector] == stamp) {
      return false;
    }
    stamps[connector] = stamp;
    return true;
  }
}
