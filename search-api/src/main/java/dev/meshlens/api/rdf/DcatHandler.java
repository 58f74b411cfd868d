package dev.meshlens.api.rdf;

import static io.javalin.apibuilder.ApiBuilder.get;

import dev.meshlens.api.auth.Access;
import dev.meshlens.api.auth.Caller;
import dev.meshlens.catalog.CatalogStore;
import dev.meshlens.catalog.access.Viewer;
import dev.meshlens.lineage.LineageGraph;
import dev.meshlens.lineage.Redaction;
import dev.meshlens.lineage.rdf.DcatFilter;
import io.javalin.apibuilder.EndpointGroup;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;

/**
 * {@code GET /api/v1/export/dcat}: the catalog as DCAT-AP 3 (a catalog per domain, its datasets,
 * publishers, owners, contracts and provenance), in Turtle (default), JSON-LD, RDF/XML or N-Triples
 * by {@code Accept}. Datasets the caller may not see are left out, with what only they referred to.
 */
public final class DcatHandler {
  private final LineageGraph graph;
  private final CatalogStore store;

  public DcatHandler(LineageGraph graph, CatalogStore store) {
    this.graph = graph;
    this.store = store;
  }

  public EndpointGroup routes() {
    return () -> get("/api/v1/export/dcat", this::export, Access.READ);
  }

  private void export(Context ctx) {
    String type =
        MediaTypes.choose(
            ctx, List.copyOf(MediaTypes.GRAPHS.keySet()), "the DCAT-AP export (an RDF graph)");
    Viewer viewer = Caller.of(ctx).viewer();
    Model catalog =
        DcatFilter.without(graph.exportDcat(), urns -> Redaction.of(store, viewer, urns));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RDFDataMgr.write(out, catalog, MediaTypes.GRAPHS.get(type));
    ctx.contentType(type + "; charset=utf-8");
    ctx.result(out.toByteArray());
  }
}
