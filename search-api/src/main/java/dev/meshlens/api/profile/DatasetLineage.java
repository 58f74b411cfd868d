package dev.meshlens.api.profile;

import dev.meshlens.catalog.AssetNotFoundException;
import dev.meshlens.catalog.EntityType;
import dev.meshlens.catalog.Urn;
import dev.meshlens.lineage.Direction;
import dev.meshlens.lineage.Level;
import dev.meshlens.lineage.LineageEdge;
import dev.meshlens.lineage.LineageGraph;
import dev.meshlens.lineage.LineageRequest;
import dev.meshlens.lineage.LineageResult;
import dev.meshlens.lineage.LineageTimeoutException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The direct lineage of a dataset (or a column) from the lineage graph's in-memory index: the
 * neighbours one hop away each way (at most {@link #NODE_CAP} read), the jobs between, how many
 * neighbours there are in all (those read and those the cap left out) and whether those counts are
 * exact.
 */
record DatasetLineage(
    List<Urn> upstream,
    List<Urn> downstream,
    List<Urn> producers,
    List<Urn> consumers,
    long upstreamCount,
    long downstreamCount,
    boolean exact) {
  private static final Logger LOG = LoggerFactory.getLogger(DatasetLineage.class);

  /** Neighbours read at most each way. */
  static final int NODE_CAP = 1_000;

  /**
   * The direct lineage, or unknown when the graph does not know the asset (yet) or could not answer
   * within its time budget.
   */
  static Part<DatasetLineage> of(LineageGraph graph, Urn urn) {
    Level level = urn.type() == EntityType.FIELD ? Level.COLUMN : Level.DATASET;
    try {
      LineageResult up = graph.lineage(request(urn, Direction.UPSTREAM, level));
      LineageResult down = graph.lineage(request(urn, Direction.DOWNSTREAM, level));
      Set<Urn> upstream = new LinkedHashSet<>();
      Set<Urn> producers = new LinkedHashSet<>();
      for (LineageEdge edge : up.edges()) {
        if (edge.to().equals(urn)) {
          upstream.add(edge.from());
          add(producers, edge.via());
        }
      }
      Set<Urn> downstream = new LinkedHashSet<>();
      Set<Urn> consumers = new LinkedHashSet<>();
      for (LineageEdge edge : down.edges()) {
        if (edge.from().equals(urn)) {
          downstream.add(edge.to());
          add(consumers, edge.via());
        }
      }
      return Part.of(
          new DatasetLineage(
              List.copyOf(upstream),
              List.copyOf(downstream),
              List.copyOf(producers),
              List.copyOf(consumers),
              upstream.size() + up.limits().nodesOverCap(),
              downstream.size() + down.limits().nodesOverCap(),
              up.limits().countsExact() && down.limits().countsExact()));
    } catch (AssetNotFoundException e) {
      return Part.unknown("the lineage graph does not know it yet");
    } catch (LineageTimeoutException e) {
      LOG.warn("Lineage of {} out of time for its profile: {}", urn, e.getMessage());
      return Part.unknown("the lineage graph could not answer in time");
    }
  }

  /**
   * For each column of a dataset, how many upstream columns it is computed from (columns without
   * column lineage are not in the map); empty when the graph does not know the dataset.
   */
  static Optional<Map<String, Integer>> upstreamColumns(LineageGraph graph, Urn dataset) {
    try {
      LineageResult up = graph.lineage(request(dataset, Direction.UPSTREAM, Level.COLUMN));
      Map<String, Set<Urn>> sources = new LinkedHashMap<>();
      for (LineageEdge edge : up.edges()) {
        if (edge.to().type() == EntityType.FIELD && edge.to().dataset().equals(dataset)) {
          sources
              .computeIfAbsent(edge.to().localName(), k -> new LinkedHashSet<>())
              .add(edge.from());
        }
      }
      Map<String, Integer> counts = new LinkedHashMap<>();
      sources.forEach((column, from) -> counts.put(column, from.size()));
      return Optional.of(counts);
    } catch (AssetNotFoundException | LineageTimeoutException e) {
      return Optional.empty();
    }
  }

  private static void add(Set<Urn> jobs, Urn via) {
    if (via != null) {
      jobs.add(via);
    }
  }

  private static LineageRequest request(Urn urn, Direction direction, Level level) {
    return new LineageRequest(urn, direction, 1, level, NODE_CAP);
  }
}
