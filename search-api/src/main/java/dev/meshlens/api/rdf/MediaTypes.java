package dev.meshlens.api.rdf;

import dev.meshlens.api.http.NotAcceptableException;
import io.javalin.http.Context;
import io.javalin.http.Header;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.WebContent;
import org.apache.jena.riot.resultset.ResultSetLang;

/**
 * Content negotiation for RDF answers: the media types offered for SPARQL results (SELECT, ASK) and
 * for graphs (CONSTRUCT, DESCRIBE, the DCAT export), the first of each being the default when the
 * request accepts anything ({@code Accept} missing or {@code *}{@code /*}); the {@code Accept}
 * header's q-values decide between the others.
 */
final class MediaTypes {
  /** SPARQL results: JSON (default), XML, CSV, TSV; plain JSON and XML ask for the same. */
  static final Map<String, Lang> RESULTS = new LinkedHashMap<>();

  /** Graphs: Turtle (default), N-Triples, JSON-LD, RDF/XML. */
  static final Map<String, RDFFormat> GRAPHS = new LinkedHashMap<>();

  static {
    RESULTS.put(WebContent.contentTypeResultsJSON, ResultSetLang.RS_JSON);
    RESULTS.put(WebContent.contentTypeResultsXML, ResultSetLang.RS_XML);
    RESULTS.put(WebContent.contentTypeTextCSV, ResultSetLang.RS_CSV);
    RESULTS.put(WebContent.contentTypeTextTSV, ResultSetLang.RS_TSV);
    RESULTS.put("application/json", ResultSetLang.RS_JSON);
    RESULTS.put("application/xml", ResultSetLang.RS_XML);
    RESULTS.put("text/xml", ResultSetLang.RS_XML);
    GRAPHS.put(WebContent.contentTypeTurtle, RDFFormat.TURTLE);
    GRAPHS.put(WebContent.contentTypeNTriples, RDFFormat.NTRIPLES);
    GRAPHS.put(WebContent.contentTypeJSONLD, RDFFormat.JSONLD);
    GRAPHS.put(WebContent.contentTypeRDFXML, RDFFormat.RDFXML);
  }

  private MediaTypes() {}

  /** The offered type the request accepts best; a {@link NotAcceptableException} if none. */
  static String choose(Context ctx, List<String> offered, String what) {
    String accept = ctx.header(Header.ACCEPT);
    if (accept == null || accept.isBlank()) {
      return offered.getFirst();
    }
    MediaType chosen;
    try {
      chosen =
          AcceptList.match(
              new AcceptList(accept), AcceptList.create(offered.toArray(String[]::new)));
    } catch (RuntimeException e) {
      chosen = null; // an Accept header Jena cannot read is treated as accepting nothing offered
    }
    if (chosen == null) {
      throw new NotAcceptableException(what, accept, offered);
    }
    return chosen.getContentTypeStr();
  }
}
