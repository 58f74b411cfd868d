package dev.meshlens.api.rdf;

import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.post;

import dev.meshlens.api.auth.Access;
import io.javalin.apibuilder.EndpointGroup;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.resultset.ResultsWriter;

/**
 * {@code /sparql}: the SPARQL 1.1 Protocol over the lineage graph, queries only ({@code GET
 * ?query=}, {@code POST} of {@code application/sparql-query} or of a form with {@code query=}),
 * over the union of the asset graphs. SELECT and ASK answer SPARQL results as JSON (default), XML,
 * CSV or TSV; CONSTRUCT and DESCRIBE answer Turtle (default), N-Triples, JSON-LD or RDF/XML; by
 * {@code Accept}. A query runs at most {@code sparqlTimeout} (then 503) and answers at most {@code
 * sparqlResultCap} rows or triples: past the cap the answer holds the first ones and the headers
 * {@value #TRUNCATED}: true and {@value #CAP} say so. Updates are refused (403).
 */
public final class SparqlHandler {
  /** Response header set to {@code true} when the result cap cut the answer. */
  static final String TRUNCATED = "Meshlens-Results-Truncated";

  /** Response header holding the result cap. */
  static final String CAP = "Meshlens-Result-Cap";

  private final SparqlRunner runner;

  public SparqlHandler(Dataset dataset, Duration timeout, int resultCap) {
    this.runner = new SparqlRunner(dataset, timeout, resultCap);
  }

  public EndpointGroup routes() {
    return () -> {
      get("/sparql", ctx -> answer(ctx, SparqlRequest.get(ctx)), Access.GOVERN);
      post("/sparql", ctx -> answer(ctx, SparqlRequest.post(ctx)), Access.GOVERN);
    };
  }

  private void answer(Context ctx, Query query) {
    boolean results = query.isSelectType() || query.isAskType();
    List<String> offered =
        List.copyOf(results ? MediaTypes.RESULTS.keySet() : MediaTypes.GRAPHS.keySet());
    String type =
        MediaTypes.choose(
            ctx, offered, results ? "SPARQL results" : "an RDF graph (CONSTRUCT, DESCRIBE)");
    SparqlAnswer answer = runner.run(query);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    boolean truncated =
        switch (answer) {
          case SparqlAnswer.Rows rows -> {
            writer(MediaTypes.RESULTS.get(type))
                .write(out, RowSetStream.create(rows.vars(), rows.rows().iterator()));
            yield rows.truncated();
          }
          case SparqlAnswer.Bool bool -> {
            writer(MediaTypes.RESULTS.get(type)).write(out, bool.value());
            yield false;
          }
          case SparqlAnswer.Triples triples -> {
            RDFFormat format = MediaTypes.GRAPHS.get(type);
            RDFDataMgr.write(out, triples.graph(), format);
            yield triples.truncated();
          }
        };
    ctx.header(CAP, Integer.toString(runner.cap()));
    if (truncated) {
      ctx.header(TRUNCATED, "true");
    }
    ctx.contentType(type + "; charset=utf-8");
    ctx.result(out.toByteArray());
  }

  private static ResultsWriter writer(Lang lang) {
    return ResultsWriter.create().lang(lang).build();
  }
}
