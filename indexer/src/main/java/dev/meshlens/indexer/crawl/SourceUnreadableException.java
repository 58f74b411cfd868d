package dev.meshlens.indexer.crawl;

/**
 * The source as a whole could not be read (its folder is missing, its database unreachable), so the
 * crawl produced nothing and nothing it knew before may be taken as gone.
 */
public final class SourceUnreadableException extends RuntimeException {
  public SourceUnreadableException(String message) {
    super(message);
  }

  public SourceUnreadableException(String message, Throwable cause) {
    super(message, cause);
  }
}
