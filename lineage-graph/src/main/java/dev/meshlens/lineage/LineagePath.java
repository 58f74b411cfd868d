package dev.meshlens.lineage;

import java.util.List;

/**
 * A shortest lineage path between two assets: the nodes from the first asset asked to the second,
 * and the edges between them in the direction data flows. {@code direction} is {@link
 * Direction#DOWNSTREAM} when data flows from the first to the second, {@link Direction#UPSTREAM}
 * when it flows the other way.
 */
public record LineagePath(List<LineageNode> nodes, List<LineageEdge> edges, Direction direction) {
  public LineagePath {
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
  }

  /** The number of hops. */
  public int length() {
    return edges.size();
  }
}
