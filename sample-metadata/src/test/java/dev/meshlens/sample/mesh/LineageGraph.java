package dev.meshlens.sample.mesh;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The dataset-to-dataset lineage of OpenLineage events: each job run links its inputs to its
 * outputs.
 */
final class LineageGraph {
  private final Map<String, Set<String>> downstream = new HashMap<>();

  LineageGraph(List<JsonNode> events) {
    for (JsonNode event : events) {
      for (JsonNode in : event.path("inputs")) {
        for (JsonNode out : event.path("outputs")) {
          downstream
              .computeIfAbsent(MeshIndex.id(in), k -> new LinkedHashSet<>())
              .add(MeshIndex.id(out));
        }
      }
    }
  }

  /** A shortest path of datasets from one to the other, or an empty list. */
  List<String> path(String from, String to) {
    Map<String, String> previous = new HashMap<>();
    Deque<String> queue = new ArrayDeque<>(List.of(from));
    previous.put(from, from);
    while (!queue.isEmpty()) {
      String node = queue.removeFirst();
      if (node.equals(to)) {
        List<String> path = new ArrayList<>();
        for (String at = to; !at.equals(from); at = previous.get(at)) {
          path.add(at);
        }
        path.add(from);
        Collections.reverse(path);
        return path;
      }
      for (String next : downstream.getOrDefault(node, Set.of())) {
        if (previous.putIfAbsent(next, node) == null) {
          queue.addLast(next);
        }
      }
    }
    return List.of();
  }
}
