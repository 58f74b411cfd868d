package dev.meshlens.catalog;

/** A problem a crawl run met: the file (or object), the place inside it, and the reason. */
public record RunIssue(String file, String path, String reason) {
  public RunIssue {
    file = file == null ? "" : file;
    path = path == null ? "" : path;
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("reason must not be blank");
    }
  }
}
