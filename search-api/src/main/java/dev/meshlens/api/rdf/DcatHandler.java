package dev.meshlens.api.rdf;

import static io.javalin.apibuilder.ApiBuilder.get;

import dev.meshlens.lineage.LineageGraph;
import io.javalin.apibuilder.EndpointGroup;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;

/**
 * {@code GET /api/v1/export/dcat}: the catalog as DCAT-AP 3 (a catalog per domain, its datasets,
 * publishers, owners, contracts and provenance), in Turtle (default), JSON-LD, RDF/XML or N-Triples
 * by {@code Accept}.
 */
public final class DcatHandler {
  private final LineageGraph graph;

  public DcatHandler(LineageGraph graph) {
    this.graph = graph;
  }

  public EndpointGroup routes() {
    return () -> get("/api/v1/export/dcat", this::export);
  }

  private void export(Context ctx) {
    String type =
        MediaTypes.choose(
            ctx, List.copyOf(MediaTypes.GRAPHS.keySet()), "the DCAT-AP export (an RDF graph)");
    Model catalog = graph.exportDcat();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RDFDataMgr.write(out, catalog, MediaTypes.GRAPHS.get(type));
    ctx.contentType(type + "; charset=utf-8");
    ctx.result(out.toByteArray());
  }
}
