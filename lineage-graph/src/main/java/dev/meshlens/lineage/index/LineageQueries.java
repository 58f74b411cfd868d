package dev.meshlens.lineage.index;

import dev.meshlens.catalog.AssetNotFoundException;
import dev.meshlens.catalog.EntityType;
import dev.meshlens.catalog.Urn;
import dev.meshlens.lineage.Direction;
import dev.meshlens.lineage.Impact;
import dev.meshlens.lineage.InferredPii;
import dev.meshlens.lineage.InvalidLineageRequestException;
import dev.meshlens.lineage.Level;
import dev.meshlens.lineage.LineageEdge;
import dev.meshlens.lineage.LineageLimits;
import dev.meshlens.lineage.LineageNode;
import dev.meshlens.lineage.LineagePath;
import dev.meshlens.lineage.LineageRequest;
import dev.meshlens.lineage.LineageResult;
import dev.meshlens.lineage.LineageTimeoutException;
import dev.meshlens.lineage.ProductLineage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.ToLongFunction;

/** Lineage walks and paths over a {@link LineageIndex}, answered as the public records. */
public final class LineageQueries {
  private final LineageIndex index;

  public LineageQueries(LineageIndex index) {
    this.index = index;
  }

  /** Answers a lineage request within {@code budget}, partially (and saying so) past a limit. */
  public LineageResult lineage(LineageRequest request, Duration budget) {
    long deadline = System.nanoTime() + budget.toNanos();
    return index.read(() -> {
      int[] starts = starts(request.urn(), request.level());
      Traversal.Scope scope =
          new Traversal.Scope(
              request.direction() != Direction.UPSTREAM,
              request.direction() != Direction.DOWNSTREAM,
              request.depth(),
              request.nodeCap(),
              request.edgeCap(),
              deadline);
      Connectors graph = request.level() == Level.DATASET ? index.datasets : index.columns;
      TraversalResult found = Traversal.run(graph, index.nodes.size(), starts, scope);
      LineageLimits limits =
          new LineageLimits(
              request.depth(),
              request.nodeCap(),
              request.edgeCap(),
              budget.toMillis(),
              found.nodesOverCap(),
              found.nodesBeyondDepth(),
              found.edgesOverCap(),
              found.timedOut(),
              found.countsExact());
      return new LineageResult(
          nodes(found.nodes(), found.distances()),
          edges(graph, found.edgeFrom(), found.edgeTo(), found.edgeConnector()),
          limits.truncated(),
          limits);
    });
  }

  /**
   * What a change to a dataset (or to every dataset of a product) would affect downstream, to the
   * deepest depth allowed, ordered by {@code usage}.
   */
  public Impact impact(Urn urn, ToLongFunction<Urn> usage, Duration budget) {
    long deadline = System.nanoTime() + budget.toNanos();
    return index.read(() -> new ImpactQuery(index, this, usage).run(urn, deadline, budget));
  }

  /** The products {@code product} consumes and those consuming it. */
  public ProductLineage productLineage(Urn product, Duration budget) {
    if (product.type() != EntityType.PRODUCT) {
      throw new InvalidLineageRequestException(
          "product lineage needs a product URN; got " + product);
    }
    long deadline = System.nanoTime() + budget.toNanos();
    return index.read(() -> new ProductLinks(index, deadline).of(require(product)));
  }

  /**
   * The PII a column (or each column of a dataset) inherits through column lineage: for each, the
   * nearest columns declared PII upstream on every path.
   */
  public List<InferredPii> inferredPii(Urn urn, Duration budget) {
    long deadline = System.nanoTime() + budget.toNanos();
    return index.read(
        () -> new PiiPropagation(index, deadline).inferred(starts(urn, Level.COLUMN)));
  }

  /**
   * The shortest lineage path from {@code from} to {@code to} (two datasets, or two columns):
   * downstream if data flows that way, else upstream; empty when neither.
   */
  public Optional<LineagePath> path(Urn from, Urn to, Duration budget) {
    if (from.type() != to.type()
        || (from.type() != EntityType.DATASET && from.type() != EntityType.FIELD)) {
      throw new InvalidLineageRequestException(
          "a path joins two datasets or two fields; got " + from + " and " + to);
    }
    long deadline = System.nanoTime() + budget.toNanos();
    return index.read(() -> {
      int a = require(from);
      int b = require(to);
      Connectors graph = from.type() == EntityType.DATASET ? index.datasets : index.columns;
      try {
        Optional<ShortestPath.Found> down = ShortestPath.downstream(graph, a, b, deadline);
        if (down.isPresent()) {
          return Optional.of(path(graph, down.get(), false, Direction.DOWNSTREAM));
        }
        return ShortestPath.downstream(graph, b, a, deadline)
            .map(found -> path(graph, found, true, Direction.UPSTREAM));
      } catch (ShortestPath.DeadlineExceeded e) {
        throw new LineageTimeoutException(
            "no path found from " + from + " to " + to + " within " + budget.toMillis() + " ms");
      }
    });
  }

  private LineagePath path(
      Connectors graph, ShortestPath.Found found, boolean reversed, Direction direction) {
    int[] ids = found.nodes();
    List<LineageEdge> edges = new ArrayList<>();
    for (int i = 1; i < ids.length; i++) {
      edges.add(edge(graph, ids[i - 1], ids[i], found.connectors()[i - 1]));
    }
    List<LineageNode> nodes = new ArrayList<>();
    for (int i = 0; i < ids.length; i++) {
      int id = reversed ? ids[ids.length - 1 - i] : ids[i];
      nodes.add(node(id, i));
    }
    return new LineagePath(nodes, reversed ? edges.reversed() : edges, direction);
  }

  /** The ids a walk starts from; throws when the asset is unknown or cannot start one. */
  int[] starts(Urn urn, Level level) {
    EntityType type = urn.type();
    if (level == Level.DATASET && type == EntityType.DATASET) {
      return new int[] {require(urn)};
    }
    if (level == Level.DATASET && type == EntityType.PRODUCT) {
      return index.datasetsOf(require(urn));
    }
    if (level == Level.COLUMN && type == EntityType.FIELD) {
      return new int[] {require(urn)};
    }
    if (level == Level.COLUMN && type == EntityType.DATASET) {
      return index.nodes.columns(require(urn));
    }
    throw new InvalidLineageRequestException(
        level == Level.DATASET
            ? "dataset-level lineage starts at a dataset or a product; got " + urn
            : "column-level lineage starts at a field or a dataset; got " + urn);
  }

  int require(Urn urn) {
    int id = index.find(urn);
    if (id == NodeTable.NONE) {
      throw new AssetNotFoundException(urn);
    }
    return id;
  }

  private List<LineageNode> nodes(int[] ids, int[] distances) {
    List<LineageNode> nodes = new ArrayList<>(ids.length);
    for (int i = 0; i < ids.length; i++) {
      nodes.add(node(ids[i], distances[i]));
    }
    nodes.sort(Comparator.comparingInt(LineageNode::distance));
    return nodes;
  }

  LineageNode node(int id, int distance) {
    NodeTable table = index.nodes;
    return new LineageNode(table.urn(id), table.type(id), table.name(id), distance);
  }

  private List<LineageEdge> edges(Connectors graph, int[] from, int[] to, int[] via) {
    List<LineageEdge> edges = new ArrayList<>(from.length);
    for (int i = 0; i < from.length; i++) {
      edges.add(edge(graph, from[i], to[i], via[i]));
    }
    return edges;
  }

  private LineageEdge edge(Connectors graph, int from, int to, int connector) {
    NodeTable table = index.nodes;
    return new LineageEdge(
        table.urn(from), table.urn(to), table.urn(graph.job(connector)), graph.label(connector));
  }
}
