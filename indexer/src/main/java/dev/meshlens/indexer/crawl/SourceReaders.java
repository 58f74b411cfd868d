package dev.meshlens.indexer.crawl;

import dev.meshlens.indexer.crawl.dbt.DbtReader;
import dev.meshlens.indexer.crawl.jdbc.JdbcReader;
import dev.meshlens.indexer.crawl.meshfiles.GlossaryReader;
import dev.meshlens.indexer.crawl.meshfiles.OwnersReader;
import dev.meshlens.indexer.crawl.openlineage.OpenLineageFileReader;
import dev.meshlens.indexer.crawl.product.ProductReader;
import dev.meshlens.indexer.crawl.usage.UsageLogReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The readers by source type, so a scheduler can read any configured source the same way. */
public final class SourceReaders {
  private final Map<String, SourceReader> byType = new LinkedHashMap<>();

  public SourceReaders(List<SourceReader> readers) {
    for (SourceReader reader : readers) {
      if (byType.putIfAbsent(reader.type(), reader) != null) {
        throw new IllegalArgumentException("Two readers for source type " + reader.type());
      }
    }
  }

  /** Every reader of this module: odps, jdbc, dbt, openlineage, usage, glossary, owners. */
  public static SourceReaders standard() {
    return new SourceReaders(
        List.of(
            new ProductReader(),
            new JdbcReader(),
            new DbtReader(),
            new OpenLineageFileReader(),
            new UsageLogReader(),
            new GlossaryReader(),
            new OwnersReader()));
  }

  public Optional<SourceReader> findReader(String type) {
    return Optional.ofNullable(byType.get(type));
  }

  /**
   * Reads a source with the reader of its type.
   *
   * @throws IllegalArgumentException when no reader handles the type (the message lists those that
   *     do)
   */
  public CrawlOutput read(SourceSpec spec) {
    return findReader(spec.type())
        .orElseThrow(() ->
            new IllegalArgumentException(
                "No reader for source type '" + spec.type() + "' (known: " + byType.keySet() + ")"))
        .read(spec);
  }
}
