package dev.meshlens.indexer.crawl.support;

/** A file that is not well-formed JSON or YAML; the message says where and why. */
public final class UnreadableDocumentException extends RuntimeException {
  public UnreadableDocumentException(String message) {
    super(message);
  }
}
