package dev.meshlens.indexer.crawl;

/** A source as configured in a sources file: what to read and when (a 5-field cron expression). */
public record SourceDefinition(SourceSpec spec, String schedule) {
  public SourceDefinition {
    if (spec == null) {
      throw new IllegalArgumentException("spec must not be null");
    }
  }

  public String name() {
    return spec.name();
  }
}
