package dev.meshlens.indexer.crawl;

/**
 * Something a crawl could not use: the file (or table, or URL) it was in, where inside it ({@code
 * /schema/0/properties/2}, a line number; empty for the whole file) and why.
 */
public record CrawlWarning(String file, String path, String reason) {
  public CrawlWarning {
    file = file == null ? "" : file;
    path = path == null ? "" : path;
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("reason must not be blank");
    }
  }

  @Override
  public String toString() {
    return file + (path.isEmpty() ? "" : " " + path) + ": " + reason;
  }
}
