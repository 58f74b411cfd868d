package dev.meshlens.api.rdf;

import java.time.Duration;

/** A SPARQL query stopped at the query timeout (503): it has no answer. */
public final class SparqlTimeoutException extends RuntimeException {
  public SparqlTimeoutException(Duration timeout) {
    super(
        "The query ran past the "
            + timeout.toMillis()
            + " ms limit (sparqlTimeout) and was stopped; narrow it or add a LIMIT");
  }
}
