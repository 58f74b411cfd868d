package dev.meshlens.lineage;

import java.util.List;

/**
 * A lineage answer: the nodes (the start first, then by distance), the edges among them, and
 * whether it is partial ({@code truncated}; {@code limits} says what was left out and why).
 */
public record LineageResult(
    List<LineageNode> nodes, List<LineageEdge> edges, boolean truncated, LineageLimits limits) {
  public LineageResult {
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
  }
}
