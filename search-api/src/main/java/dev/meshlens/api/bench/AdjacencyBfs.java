package dev.meshlens.api.bench;

import java.util.Arrays;

/**
 * The ideal baseline of a lineage walk: dataset-to-dataset edges in two compressed adjacency arrays
 * of plain ints (each node's inputs, each node's outputs), walked breadth first to a depth,
 * stopping at a node cap, with the visited marks in one dense array reset by a stamp. It knows
 * nothing but the edges: no jobs, no names, no counts of what it left out. Not thread-safe.
 */
final class AdjacencyBfs {
  private final int[] upStart;
  private final int[] up;
  private final int[] downStart;
  private final int[] down;
  private final int[] seen;
  private final int[] queue;
  private final int[] depthOf;
  private int stamp;

  /**
   * @param nodes node ids are below this
   * @param edges each {@code output << 32 | input}
   */
  AdjacencyBfs(int nodes, long[] edges) {
    int[] outputs = new int[edges.length];
    int[] inputs = new int[edges.length];
    for (int e = 0; e < edges.length; e++) {
      outputs[e] = (int) (edges[e] >>> 32);
      inputs[e] = (int) edges[e];
    }
    upStart = new int[nodes + 1];
    up = new int[edges.length];
    fill(upStart, up, outputs, inputs);
    downStart = new int[nodes + 1];
    down = new int[edges.length];
    fill(downStart, down, inputs, outputs);
    seen = new int[nodes];
    queue = new int[nodes];
    depthOf = new int[nodes];
  }

  /** Compressed rows: the neighbours of node {@code n} are {@code to[start[n] .. start[n+1])}. */
  private static void fill(int[] start, int[] to, int[] from, int[] target) {
    for (int f : from) {
      start[f + 1]++;
    }
    for (int n = 1; n < start.length; n++) {
      start[n] += start[n - 1];
    }
    int[] next = Arrays.copyOf(start, start.length - 1);
    for (int e = 0; e < from.length; e++) {
      to[next[from[e]]++] = target[e];
    }
  }

  /**
   * The nodes within {@code depth} hops of {@code start} ({@code upstream}: following inputs), the
   * start first, then in breadth-first order, at most {@code cap} of them.
   */
  int[] walk(int start, boolean upstream, int depth, int cap) {
    int[] rowStart = upstream ? upStart : downStart;
    int[] row = upstream ? up : down;
    if (++stamp == 0) {
      Arrays.fill(seen, 0);
      stamp = 1;
    }
    int head = 0;
    int tail = 0;
    queue[tail++] = start;
    seen[start] = stamp;
    depthOf[start] = 0;
    while (head < tail && tail < cap) {
      int node = queue[head++];
      if (depthOf[node] == depth) {
        continue;
      }
      for (int k = rowStart[node]; k < rowStart[node + 1] && tail < cap; k++) {
        int next = row[k];
        if (seen[next] != stamp) {
          seen[next] = stamp;
          depthOf[next] = depthOf[node] + 1;
          queue[tail++] = next;
        }
      }
    }
    return Arrays.copyOf(queue, tail);
  }
}
