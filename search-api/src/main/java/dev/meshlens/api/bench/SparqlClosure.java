package dev.meshlens.api.bench;

import dev.meshlens.catalog.Urn;
import dev.meshlens.lineage.rdf.Iris;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.system.Txn;

/**
 * The SPARQL way to ask for lineage: a property path, {@code ?start prov:wasDerivedFrom+ ?n}
 * upstream or {@code ?n prov:wasDerivedFrom+ ?start} downstream, on the lineage graph's own TDB2
 * dataset, whose default graph is the union of its named graphs (one per asset). A property path
 * has no depth and no cap: it answers the whole closure, however far and large. Each query runs in
 * its own read transaction with an overall timeout; a query past it is cancelled and counted.
 */
final class SparqlClosure {
  private static final String UPSTREAM =
      "PREFIX prov: <http://www.w3.org/ns/prov#>"
          + " SELECT DISTINCT ?n WHERE { ?start prov:wasDerivedFrom+ ?n }";
  private static final String DOWNSTREAM =
      "PREFIX prov: <http://www.w3.org/ns/prov#>"
          + " SELECT DISTINCT ?n WHERE { ?n prov:wasDerivedFrom+ ?start }";

  /**
   * One answer: the nodes (URNs; null when the query timed out) and how long it took, from before
   * the transaction began to after the last row was read (or the query was cancelled).
   */
  record Answer(Set<Urn> nodes, long nanos) {
    boolean timedOut() {
      return nodes == null;
    }
  }

  private final Dataset dataset;
  private final long timeoutMillis;

  SparqlClosure(Dataset dataset, long timeoutMillis) {
    this.dataset = dataset;
    this.timeoutMillis = timeoutMillis;
  }

  /** The closure of {@code start}, upstream or downstream, the start itself left out. */
  Answer closure(Urn start, boolean upstream) {
    long began = System.nanoTime();
    Set<Urn> nodes =
        Txn.calculateRead(
            dataset,
            () -> {
              try (QueryExecution exec =
                  QueryExecution.dataset(dataset)
                      .query(upstream ? UPSTREAM : DOWNSTREAM)
                      .substitution("start", ResourceFactory.createResource(Iris.iri(start)))
                      .timeout(timeoutMillis)
                      .build()) {
                Set<Urn> found = new HashSet<>();
                ResultSet rows = exec.execSelect();
                while (rows.hasNext()) {
                  Iris.toUrn(rows.next().getResource("n").getURI()).ifPresent(found::add);
                }
                found.remove(start);
                return found;
              } catch (QueryCancelledException e) {
                return null;
              }
            });
    return new Answer(nodes, System.nanoTime() - began);
  }
}
