package dev.meshlens.api.rdf;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;

/** The whole answer of a query, read before anything is written, and whether the cap cut it. */
sealed interface SparqlAnswer {
  /** A SELECT's rows. */
  record Rows(List<Var> vars, List<Binding> rows, boolean truncated) implements SparqlAnswer {}

  /** An ASK's answer. */
  record Bool(boolean value) implements SparqlAnswer {}

  /** A CONSTRUCT's or DESCRIBE's triples. */
  record Triples(Graph graph, boolean truncated) implements SparqlAnswer {}
}
