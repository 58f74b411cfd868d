package dev.meshlens.lineage;

/**
 * A lineage query that could not finish within its time budget and has no partial answer to give (a
 * path search). Traversals never throw it: they answer partially and say so.
 */
public final class LineageTimeoutException extends RuntimeException {
  public LineageTimeoutException(String message) {
    super(message);
  }
}
