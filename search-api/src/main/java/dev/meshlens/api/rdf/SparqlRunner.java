package dev.meshlens.api.rdf;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.Service;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;

/**
 * Runs read-only queries over the lineage graph's dataset, in a read transaction, with a timeout
 * and a cap on the rows (SELECT) or triples (CONSTRUCT, DESCRIBE) answered. The whole answer is
 * read within the timeout, so a query out of time fails before anything is written. {@code SERVICE}
 * is disabled: a query never makes the server call another endpoint.
 */
final class SparqlRunner {
  private final Dataset dataset;
  private final Duration timeout;
  private final int cap;

  SparqlRunner(Dataset dataset, Duration timeout, int cap) {
    this.dataset = dataset;
    this.timeout = timeout;
    this.cap = cap;
  }

  int cap() {
    return cap;
  }

  SparqlAnswer run(Query query) {
    Query capped = capped(query);
    try {
      return Txn.calculateRead(dataset, () -> execute(capped));
    } catch (QueryCancelledException e) {
      throw new SparqlTimeoutException(timeout);
    } catch (QueryDeniedException e) {
      throw new InvalidSparqlException(
          "The query cannot be run: SERVICE is disabled here, a query never calls another"
              + " endpoint");
    } catch (QueryExecException e) {
      throw new InvalidSparqlException("The query cannot be run: " + e.getMessage());
    }
  }

  private SparqlAnswer execute(Query query) {
    try (QueryExecution exec =
        QueryExecution.dataset(dataset)
            .query(query)
            .set(Service.httpServiceAllowed, false)
            .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
            .build()) {
      if (query.isSelectType()) {
        return rows(RowSet.adapt(exec.execSelect()));
      }
      if (query.isAskType()) {
        return new SparqlAnswer.Bool(exec.execAsk());
      }
      Graph graph = GraphFactory.createDefaultGraph();
      graph.getPrefixMapping().setNsPrefixes(query.getPrefixMapping());
      return triples(
          graph,
          query.isConstructType() ? exec.execConstructTriples() : exec.execDescribeTriples());
    }
  }

  /** A SELECT asks for at most one row past the cap, so the engine stops early. */
  private Query capped(Query query) {
    if (!query.isSelectType()) {
      return query;
    }
    if (query.hasLimit() && query.getLimit() <= cap) {
      return query;
    }
    Query copy = query.cloneQuery();
    copy.setLimit(cap + 1L);
    return copy;
  }

  private SparqlAnswer rows(RowSet rows) {
    List<Binding> answered = new ArrayList<>();
    boolean truncated = false;
    while (rows.hasNext()) {
      Binding row = rows.next();
      if (answered.size() == cap) {
        truncated = true;
        break;
      }
      answered.add(row);
    }
    return new SparqlAnswer.Rows(rows.getResultVars(), answered, truncated);
  }

  /** Adds triples to {@code graph} (which holds the query's prefixes) up to the cap. */
  private SparqlAnswer triples(Graph graph, Iterator<Triple> triples) {
    boolean truncated = false;
    while (triples.hasNext()) {
      Triple triple = triples.next();
      if (graph.size() == cap && !graph.contains(triple)) {
        truncated = true;
        break;
      }
      graph.add(triple);
    }
    return new SparqlAnswer.Triples(graph, truncated);
  }
}
