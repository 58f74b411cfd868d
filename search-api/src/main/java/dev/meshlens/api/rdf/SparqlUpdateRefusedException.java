package dev.meshlens.api.rdf;

/**
 * A SPARQL Update sent to the query endpoint (403): the graph is a projection of the catalog, so it
 * is changed through the catalog, never through SPARQL.
 */
public final class SparqlUpdateRefusedException extends RuntimeException {
  public SparqlUpdateRefusedException(String how) {
    super(
        "This endpoint answers SPARQL queries only; SPARQL Update ("
            + how
            + ") is refused: the graph is a projection of the catalog, change the catalog instead");
  }
}
