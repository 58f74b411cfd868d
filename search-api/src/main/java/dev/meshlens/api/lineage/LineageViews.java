package dev.meshlens.api.lineage;

import com.fasterxml.jackson.annotation.JsonInclude;
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
    static LineageView of(LineageResult result, Shown shown) {
      return new LineageView(
          NodeView.all(result.nodes(), shown),
          EdgeView.all(result.edges(), shown),
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
    static ImpactView of(Impact impact, Shown shown) {
      return new ImpactView(
          impact.root().toString(),
          ImpactedView.all(impact.datasets(), shown),
          ImpactedView.all(impact.products(), shown),
          ImpactedView.all(impact.domains(), shown),
          ImpactedView.all(impact.owners(), shown),
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
    static PathView of(Urn from, Urn to, LineagePath path, Shown shown) {
      return new PathView(
          from.toString(),
          to.toString(),
          path.direction().name().toLowerCase(Locale.ROOT),
          path.length(),
          NodeView.all(path.nodes(), shown),
          EdgeView.all(path.edges(), shown));
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

  /**
   * A node; one the caller may not see is {@code {redacted: true, ref, type, distance}}, its {@code
   * ref} standing for it in edges, with no URN and no name.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record NodeView(
      String urn, String type, String name, int distance, Boolean redacted, String ref) {
    static List<NodeView> all(List<LineageNode> nodes, Shown shown) {
      return nodes.stream()
          .map(n ->
              shown.hides(n.urn())
                  ? new NodeView(null, n.type().code(), null, n.distance(), true, shown.id(n.urn()))
                  : new NodeView(
                      n.urn().toString(), n.type().code(), n.name(), n.distance(), null, null))
          .toList();
    }
  }

  /**
   * An edge in the direction data flows: {@code to} was derived from {@code from} by {@code via}.
   */
  record EdgeView(String from, String to, String via, String transformation) {
    static List<EdgeView> all(List<LineageEdge> edges, Shown shown) {
      return edges.stream()
          .map(e ->
              new EdgeView(
                  shown.id(e.from()),
                  shown.id(e.to()),
                  e.via() == null ? null : shown.id(e.via()),
                  e.transformation()))
          .toList();
    }
  }

  /** An impacted asset; one the caller may not see is redacted as a {@link NodeView} is. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record ImpactedView(
      String urn,
      String type,
      String name,
      int distance,
      long usage,
      Boolean redacted,
      String ref) {
    static List<ImpactedView> all(List<ImpactedAsset> assets, Shown shown) {
      return assets.stream()
          .map(a ->
              shown.hides(a.urn())
                  ? new ImpactedView(
                      null, a.type().code(), null, a.distance(), a.usage(), true, shown.id(a.urn()))
                  : new ImpactedView(
                      a.urn().toString(),
                      a.type().code(),
                      a.name(),
                      a.distance(),
                      a.usage(),
                      null,
                      null))
          .toList();
    }
  }
}
