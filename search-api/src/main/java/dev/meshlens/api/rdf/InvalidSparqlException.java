package dev.meshlens.api.rdf;

/**
 * A SPARQL request that cannot be run as asked (400); the message says why (Jena's parse error).
 */
public final class InvalidSparqlException extends RuntimeException {
  public InvalidSparqlException(String message) {
    super(message);
  }
}
