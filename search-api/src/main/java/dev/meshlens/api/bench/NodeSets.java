package dev.meshlens.api.bench;

import java.util.List;

/**
 * How the nodes answered compared, over the SPARQL starts of both directions. A SPARQL property
 * path answers the whole closure (no depth, no cap), so it is compared with an API answer two ways:
 * a complete answer (nothing left out by the depth, the cap or the time budget) must hold the same
 * nodes; a partial one must hold only nodes of the closure. The in-memory BFS walked without limits
 * must give the closure too. Queries that timed out are compared with nothing.
 *
 * @param queries SPARQL queries run
 * @param sparqlTimedOut those that timed out
 * @param complete complete API answers among the others
 * @param completeEqual those with the same nodes as SPARQL
 * @param partial partial API answers among the others
 * @param partialWithin those holding only nodes SPARQL found
 * @param bfsEqual closures of the unlimited BFS equal to SPARQL's
 * @param mismatches the first few disagreements, said in words
 */
record NodeSets(
    int queries,
    int sparqlTimedOut,
    int complete,
    int completeEqual,
    int partial,
    int partialWithin,
    int bfsEqual,
    List<String> mismatches) {
  NodeSets {
    mismatches = List.copyOf(mismatches);
  }

  /** Whether every comparison agreed, and there was at least one complete answer to compare. */
  boolean agree() {
    return complete > 0
        && completeEqual == complete
        && partialWithin == partial
        && bfsEqual == queries - sparqlTimedOut;
  }
}
