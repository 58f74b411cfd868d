package dev.meshlens.lineage;

import dev.meshlens.lineage.rdf.Iris;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;

/** Runs SELECT queries on a lineage graph's dataset; asset IRIs come back as URNs. */
final class Sparql {
  private Sparql() {}

  static List<List<String>> select(Dataset dataset, String query) {
    return Txn.calculateRead(
        dataset,
        () -> {
          List<List<String>> rows = new ArrayList<>();
          try (QueryExecution exec = QueryExecution.dataset(dataset).query(query).build()) {
            ResultSet results = exec.execSelect();
            List<String> vars = results.getResultVars();
            while (results.hasNext()) {
              QuerySolution row = results.next();
              List<String> values = new ArrayList<>();
              for (String var : vars) {
                values.add(text(row.get(var)));
              }
              rows.add(values);
            }
          }
          return rows;
        });
  }

  private static String text(RDFNode node) {
    if (node == null) {
      return null;
    }
    if (node.isURIResource()) {
      String iri = node.asResource().getURI();
      return Iris.toUrn(iri).map(Object::toString).orElse(iri);
    }
    return node.isLiteral() ? node.asLiteral().getLexicalForm() : node.toString();
  }
}
