package dev.meshlens.indexer.schedule;

/** A run of the source was asked for while one is already running or waiting for a free slot. */
public final class CrawlAlreadyRunningException extends RuntimeException {
  public CrawlAlreadyRunningException(CrawlRequest current) {
    super(
        "Source '"
            + current.source()
            + "' already has "
            + current.describe()
            + "; ask again when it has finished");
  }
}
