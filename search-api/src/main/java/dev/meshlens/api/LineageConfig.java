package dev.meshlens.api;

import dev.meshlens.lineage.LineageRequest;
import java.time.Duration;

/**
 * How the lineage graph answers over HTTP: the most nodes a lineage answer holds unless the request
 * asks for fewer ({@code lineageNodeCap}), how long a SPARQL query may run before it is stopped
 * ({@code sparqlTimeout}) and the most rows (SELECT) or triples (CONSTRUCT, DESCRIBE) a SPARQL
 * answer holds ({@code sparqlResultCap}).
 */
public record LineageConfig(int nodeCap, Duration sparqlTimeout, int sparqlResultCap) {
  public static final Duration DEFAULT_SPARQL_TIMEOUT = Duration.ofSeconds(10);
  public static final Duration MAX_SPARQL_TIMEOUT = Duration.ofMinutes(10);
  public static final int DEFAULT_SPARQL_RESULT_CAP = 100_000;
  public static final int MAX_SPARQL_RESULT_CAP = 10_000_000;

  public LineageConfig {
    if (nodeCap < 1 || nodeCap > LineageRequest.MAX_NODE_CAP) {
      throw new IllegalArgumentException(
          "lineageNodeCap must be in [1, " + LineageRequest.MAX_NODE_CAP + "], got " + nodeCap);
    }
    if (sparqlTimeout == null
        || sparqlTimeout.toMillis() < 1
        || sparqlTimeout.compareTo(MAX_SPARQL_TIMEOUT) > 0) {
      throw new IllegalArgumentException(
          "sparqlTimeout must be in [1ms, 10m], got " + sparqlTimeout);
    }
    if (sparqlResultCap < 1 || sparqlResultCap > MAX_SPARQL_RESULT_CAP) {
      throw new IllegalArgumentException(
          "sparqlResultCap must be in [1, " + MAX_SPARQL_RESULT_CAP + "], got " + sparqlResultCap);
    }
  }

  /** 2,000 nodes, 10 s, 100,000 results. */
  public static LineageConfig defaults() {
    return new LineageConfig(
        LineageRequest.DEFAULT_NODE_CAP, DEFAULT_SPARQL_TIMEOUT, DEFAULT_SPARQL_RESULT_CAP);
  }

  public LineageConfig withNodeCap(int nodeCap) {
    return new LineageConfig(nodeCap, sparqlTimeout, sparqlResultCap);
  }

  public LineageConfig withSparqlTimeout(Duration timeout) {
    return new LineageConfig(nodeCap, timeout, sparqlResultCap);
  }

  public LineageConfig withSparqlResultCap(int cap) {
    return new LineageConfig(nodeCap, sparqlTimeout, cap);
  }
}
