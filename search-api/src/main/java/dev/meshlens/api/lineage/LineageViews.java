package dev.meshlens.api.lineage;

import dev.meshlens.catalog.Urn;
import dev.meshlens.lineage.Impact;
import dev.meshlens.lineage.ImpactedAsset;
import dev.meshlens.lineage.LineageEdge;
import dev.meshlens.lineage.LineageLimits;
import dev.meshlens.lineage.LineageNode;
import dev.meshlens.lineage.LineagePath;
import dev.meshlens.lineage.LineageResult;
import java.util.List;
import java.util.Locale;

/** The JSON answers of the lineage endpoints: URNs and types as strings, limits as they were. */
final class LineageViews {
  private LineageViews() {}

  /** {@code GET /api/v1/lineage}. */
  record LineageView(
      List<NodeView> nodes, List<EdgeView> edges, boolean truncated, LimitsView limits) {
    static LineageView of(LineageResult result) {
      return new LineageView(
          NodeView.all(result.nodes()),
          EdgeView.all(result.edges()),
          result.truncated(),
          LimitsView.of(result.limits()));
    }
  }

  /** {@code GET /api/v1/lineage/impact}. */
  record ImpactView(
      String urn,
      List<ImpactedView> datasets,
      List<ImpactedView> products,
      List<ImpactedView> domains,
      List<ImpactedView> owners,
      boolean truncated,
      LimitsView limits) {
    static ImpactView of(Impact impact) {
      return new ImpactView(
          impact.root().toString(),
          ImpactedView.all(impact.datasets()),
          ImpactedView.all(impact.products()),
          ImpactedView.all(impact.domains()),
          ImpactedView.all(impact.owners()),
          impact.truncated(),
          LimitsView.of(impact.limits()));
    }
  }

  /** {@code GET /api/v1/lineage/path}. */
  record PathView(
      String from,
      String to,
      String direction,
      int length,
      List<NodeView> nodes,
      List<EdgeView> edges) {
    static PathView of(Urn from, Urn to, LineagePath path) {
      return new PathView(
          from.toString(),
          to.toString(),
          path.direction().name().toLowerCase(Locale.ROOT),
          path.length(),
          NodeView.all(path.nodes()),
          EdgeView.all(path.edges()));
    }
  }

  /**
   * The limits a walk ran under and what they left out: {@code nodesOverCap} nodes within the depth
   * the node cap left out, {@code nodesBeyondDepth} nodes one hop past the depth, {@code
   * edgesOverCap} edges the edge cap left out; exact unless {@code countsExact} is false (then
   * lower bounds).
   */
  record LimitsView(
      int depth,
      int nodeCap,
      int edgeCap,
      long timeoutMillis,
      long nodesOverCap,
      long nodesBeyondDepth,
      long edgesOverCap,
      boolean timedOut,
      boolean countsExact) {
    static LimitsView of(LineageLimits l) {
      return new LimitsView(
          l.depth(),
          l.nodeCap(),
          l.edgeCap(),
          l.timeoutMillis(),
          l.nodesOverCap(),
          l.nodesBeyondDepth(),
          l.edgesOverCap(),
          l.timedOut(),
          l.countsExact());
    }
  }

  record NodeView(String urn, String type, String name, int distance) {
    static List<NodeView> all(List<LineageNode> nodes) {
      return nodes.stream()
          .map(n -> new NodeView(n.urn().toString(), n.type().code(), n.name(), n.distance()))
          .toList();
    }
  }

  /**
   * An edge in the direction data flows: {@code to} was derived from {@code from} by {@code via}.
   */
  record EdgeView(String from, String to, String via, String transformation) {
    static List<EdgeView> all(List<LineageEdge> edges) {
      return edges.stream()
          .map(e ->
              new EdgeView(
                  e.from().toString(),
                  e.to().toString(),
                  e.via() == null ? null : e.via().toString(),
                  e.transformation()))
          .toList();
    }
  }

  record ImpactedView(String urn, String type, String name, int distance, long usage) {
    static List<ImpactedView> all(List<ImpactedAsset> assets) {
      return assets.stream()
          .map(a ->
              new ImpactedView(
                  a.urn().toString(), a.type().code(), a.name(), a.distance(), a.usage()))
          .toList();
    }
  }
}
