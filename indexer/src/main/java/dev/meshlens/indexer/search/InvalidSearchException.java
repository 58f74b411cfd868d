package dev.meshlens.indexer.search;

/** A search that cannot be run as asked: the message says what is wrong and how to fix it. */
public final class InvalidSearchException extends IllegalArgumentException {
  public InvalidSearchException(String message) {
    super(message);
  }
}
