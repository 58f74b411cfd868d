package dev.meshlens.api.lineage;

import static io.javalin.apibuilder.ApiBuilder.get;

import dev.meshlens.api.lineage.LineageViews.ImpactView;
import dev.meshlens.api.lineage.LineageViews.LineageView;
import dev.meshlens.api.lineage.LineageViews.PathView;
import dev.meshlens.catalog.Urn;
import dev.meshlens.lineage.LineageGraph;
import dev.meshlens.lineage.LineageRequest;
import io.javalin.apibuilder.EndpointGroup;
import io.javalin.http.Context;

/**
 * Lineage questions over HTTP, answered from the lineage graph: {@code GET
 * /api/v1/lineage?urn=&direction=&depth=&level=&nodeCap=} (a bounded walk; partial past a limit,
 * and saying so), {@code GET /api/v1/lineage/impact?urn=} (what a change would affect downstream)
 * and {@code GET /api/v1/lineage/path?from=&to=} (the shortest path, 404 when there is none). The
 * OpenLineage push ({@code POST /api/v1/lineage}) is another handler's.
 */
public final class LineageQueryHandler {
  private final LineageGraph graph;
  private final int defaultNodeCap;

  public LineageQueryHandler(LineageGraph graph, int defaultNodeCap) {
    this.graph = graph;
    this.defaultNodeCap = defaultNodeCap;
  }

  public EndpointGroup routes() {
    return () -> {
      get("/api/v1/lineage", this::lineage);
      get("/api/v1/lineage/impact", this::impact);
      get("/api/v1/lineage/path", this::path);
    };
  }

  private void lineage(Context ctx) {
    LineageRequest request = LineageParams.lineage(ctx, defaultNodeCap);
    ctx.json(LineageView.of(graph.lineage(request)));
  }

  private void impact(Context ctx) {
    LineageParams.only(ctx, LineageParams.IMPACT);
    Urn urn = LineageParams.urn(ctx, "urn");
    ctx.json(ImpactView.of(graph.impact(urn)));
  }

  private void path(Context ctx) {
    LineageParams.only(ctx, LineageParams.PATH);
    Urn from = LineageParams.urn(ctx, "from");
    Urn to = LineageParams.urn(ctx, "to");
    PathView path =
        graph
            .path(from, to)
            .map(p -> PathView.of(from, to, p))
            .orElseThrow(() -> new LineagePathNotFoundException(from, to));
    ctx.json(path);
  }
}
