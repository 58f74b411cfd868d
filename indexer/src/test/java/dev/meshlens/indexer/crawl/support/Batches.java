package dev.meshlens.indexer.crawl.support;

import dev.meshlens.catalog.Batch;
import dev.meshlens.catalog.BatchValidator;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.model.Aspect;
import dev.meshlens.indexer.crawl.CrawlOutput;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Looks things up in what a crawl produced; checks every batch the way the store will. */
public final class Batches {
  private Batches() {}

  /** The aspect of an asset, from whichever batch holds it. */
  public static <A extends Aspect> Optional<A> find(CrawlOutput output, Urn urn, Class<A> type) {
    return output.batches().stream()
        .flatMap(b -> b.upserts().stream())
        .filter(u -> u.urn().equals(urn) && type.isInstance(u.aspect()))
        .map(u -> type.cast(u.aspect()))
        .findFirst();
  }

  public static <A extends Aspect> A load(CrawlOutput output, Urn urn, Class<A> type) {
    return find(output, urn, type)
        .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " for " + urn));
  }

  /** The assets with an aspect of the type. */
  public static Set<Urn> assetsWith(CrawlOutput output, Class<? extends Aspect> type) {
    return output.batches().stream()
        .flatMap(b -> b.upserts().stream())
        .filter(u -> type.isInstance(u.aspect()))
        .map(Batch.Upsert::urn)
        .collect(Collectors.toCollection(java.util.TreeSet::new));
  }

  /** Every batch passes the store's validation; returns the output for chaining. */
  public static CrawlOutput valid(CrawlOutput output) {
    for (Batch batch : output.batches()) {
      BatchValidator.check(batch);
    }
    return output;
  }

  public static List<String> warningTexts(CrawlOutput output) {
    return output.warnings().stream().map(Object::toString).toList();
  }
}
