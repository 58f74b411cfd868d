package dev.meshlens.api.lineage;

import static io.javalin.apibuilder.ApiBuilder.get;

import dev.meshlens.api.auth.Access;
import dev.meshlens.api.auth.Caller;
import dev.meshlens.api.lineage.LineageViews.ImpactView;
import dev.meshlens.api.lineage.LineageViews.LineageView;
import dev.meshlens.api.lineage.LineageViews.PathView;
import dev.meshlens.catalog.AssetNotFoundException;
import dev.meshlens.catalog.CatalogStore;
import dev.meshlens.catalog.Urn;
import dev.meshlens.lineage.Impact;
import dev.meshlens.lineage.ImpactedAsset;
import dev.meshlens.lineage.LineageEdge;
import dev.meshlens.lineage.LineageGraph;
import dev.meshlens.lineage.LineageNode;
import dev.meshlens.lineage.LineageRequest;
import dev.meshlens.lineage.LineageResult;
import dev.meshlens.lineage.Redaction;
import io.javalin.apibuilder.EndpointGroup;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Lineage questions over HTTP, answered from the lineage graph: {@code GET
 * /api/v1/lineage?urn=&direction=&depth=&level=&nodeCap=} (a bounded walk; partial past a limit,
 * and saying so), {@code GET /api/v1/lineage/impact?urn=} (what a change would affect downstream)
 * and {@code GET /api/v1/lineage/path?from=&to=} (the shortest path, 404 when there is none). The
 * OpenLineage push ({@code POST /api/v1/lineage}) is another handler's.
 *
 * <p>Assets the caller may not see are redacted nodes (no URN, no name); asking about one answers
 * 404, as for an asset that does not exist.
 */
public final class LineageQueryHandler {
  private final LineageGraph graph;
  private final CatalogStore store;
  private final int defaultNodeCap;

  public LineageQueryHandler(LineageGraph graph, CatalogStore store, int defaultNodeCap) {
    this.graph = graph;
    this.store = store;
    this.defaultNodeCap = defaultNodeCap;
  }

  public EndpointGroup routes() {
    return () -> {
      get("/api/v1/lineage", this::lineage, Access.READ);
      get("/api/v1/lineage/impact", this::impact, Access.READ);
      get("/api/v1/lineage/path", this::path, Access.READ);
    };
  }

  private void lineage(Context ctx) {
    LineageRequest request = LineageParams.lineage(ctx, defaultNodeCap);
    visible(ctx, List.of(request.urn()));
    LineageResult result = graph.lineage(request);
    List<Urn> urns = new ArrayList<>(result.nodes().stream().map(LineageNode::urn).toList());
    result.edges().forEach(e -> urns.addAll(ends(e)));
    ctx.json(LineageView.of(result, shown(ctx, urns)));
  }

  private void impact(Context ctx) {
    LineageParams.only(ctx, LineageParams.IMPACT);
    Urn urn = LineageParams.urn(ctx, "urn");
    visible(ctx, List.of(urn));
    Impact impact = graph.impact(urn);
    List<Urn> urns =
        Stream.of(impact.datasets(), impact.products(), impact.domains(), impact.owners())
            .flatMap(List::stream)
            .map(ImpactedAsset::urn)
            .toList();
    ctx.json(ImpactView.of(impact, shown(ctx, urns)));
  }

  private void path(Context ctx) {
    LineageParams.only(ctx, LineageParams.PATH);
    Urn from = LineageParams.urn(ctx, "from");
    Urn to = LineageParams.urn(ctx, "to");
    visible(ctx, List.of(from, to));
    PathView path =
        graph
            .path(from, to)
            .map(p ->
                PathView.of(
                    from, to, p, shown(ctx, p.nodes().stream().map(LineageNode::urn).toList())))
            .orElseThrow(() -> new LineagePathNotFoundException(from, to));
    ctx.json(path);
  }

  /** Asking about an asset the caller may not see is answered as if it did not exist. */
  private void visible(Context ctx, List<Urn> asked) {
    Redaction redaction = Redaction.of(store, Caller.of(ctx).viewer(), asked);
    for (Urn urn : asked) {
      if (redaction.hides(urn)) {
        throw new AssetNotFoundException(urn);
      }
    }
  }

  private Shown shown(Context ctx, List<Urn> urns) {
    return new Shown(Redaction.of(store, Caller.of(ctx).viewer(), urns));
  }

  private static List<Urn> ends(LineageEdge edge) {
    return edge.via() == null
        ? List.of(edge.from(), edge.to())
        : List.of(edge.from(), edge.to(), edge.via());
  }
}
