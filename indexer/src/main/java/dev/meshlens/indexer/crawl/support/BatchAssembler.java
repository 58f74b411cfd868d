package dev.meshlens.indexer.crawl.support;

import dev.meshlens.catalog.AspectMerger;
import dev.meshlens.catalog.Batch;
import dev.meshlens.catalog.BatchValidator;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.model.Aspect;
import dev.meshlens.catalog.model.AspectKind;
import dev.meshlens.catalog.model.QualityResult;
import dev.meshlens.catalog.model.Run;
import dev.meshlens.catalog.model.UsageEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Collects what a crawl says, one version of each aspect per asset (a later {@link #upsert} of the
 * same aspect replaces the earlier one, {@link #mergeKeepingEarlier} combines them), plus facts,
 * and cuts it into batches. A batch never holds the same aspect of an asset twice, and all aspects
 * of one asset stay in one batch.
 */
public final class BatchAssembler {
  private final String source;
  private final Map<Urn, Map<AspectKind, Aspect>> aspects = new LinkedHashMap<>();
  private final List<Run> runs = new ArrayList<>();
  private final Set<UsageEvent> usage = new LinkedHashSet<>();
  private final Set<QualityResult> qualityResults = new LinkedHashSet<>();

  public BatchAssembler(String source) {
    this.source = source;
  }

  public String source() {
    return source;
  }

  /** Sets the aspect, replacing what was collected for it before. */
  public void upsert(Urn urn, Aspect aspect) {
    aspects.computeIfAbsent(urn, u -> new LinkedHashMap<>()).put(aspect.aspectKind(), aspect);
  }

  /**
   * Sets the aspect, merged with what was collected before the way the catalog merges sources: a
   * single value stated earlier is kept, lists (columns, owners, tags, checks, lineage) are united.
   */
  public void mergeKeepingEarlier(Urn urn, Aspect aspect) {
    Aspect earlier = collected(urn, aspect);
    upsert(urn, earlier == null ? aspect : AspectMerger.merge(List.of(earlier, aspect)));
  }

  /** Like {@link #mergeKeepingEarlier} but a single value stated later wins. */
  public void mergePreferringLater(Urn urn, Aspect aspect) {
    Aspect earlier = collected(urn, aspect);
    upsert(urn, earlier == null ? aspect : AspectMerger.merge(List.of(aspect, earlier)));
  }

  private Aspect collected(Urn urn, Aspect like) {
    Map<AspectKind, Aspect> ofAsset = aspects.get(urn);
    return ofAsset == null ? null : ofAsset.get(like.aspectKind());
  }

  /** The aspect collected so far for an asset. */
  public <A extends Aspect> Optional<A> find(Urn urn, Class<A> type) {
    Map<AspectKind, Aspect> ofAsset = aspects.get(urn);
    return ofAsset == null
        ? Optional.empty()
        : Optional.ofNullable(type.cast(ofAsset.get(AspectKind.of(type))));
  }

  /** The assets collected so far, in the order first seen. */
  public Set<Urn> assets() {
    return aspects.keySet();
  }

  public void run(Run run) {
    runs.add(run);
  }

  /** Adds a usage event; an equal one is kept once. */
  public void usage(UsageEvent event) {
    usage.add(event);
  }

  /** Adds a quality result; an equal one is kept once. */
  public void qualityResult(QualityResult result) {
    qualityResults.add(result);
  }

  public boolean isEmpty() {
    return aspects.isEmpty() && runs.isEmpty() && usage.isEmpty() && qualityResults.isEmpty();
  }

  /** One batch with everything, or several when it holds more than the store accepts at once. */
  public List<Batch> build() {
    return build(BatchValidator.MAX_OPERATIONS);
  }

  /**
   * Batches of at most {@code maxOperations} operations (an asset with more aspects than that still
   * gets one batch). Aspects come first, in the order collected, then runs, usage and results.
   */
  public List<Batch> build(int maxOperations) {
    if (maxOperations < 1) {
      throw new IllegalArgumentException("maxOperations must be >= 1; got: " + maxOperations);
    }
    List<Batch> batches = new ArrayList<>();
    Batch.Builder current = Batch.builder(source);
    for (Map.Entry<Urn, Map<AspectKind, Aspect>> asset : aspects.entrySet()) {
      current = roll(batches, current, asset.getValue().size(), maxOperations);
      for (Aspect aspect : asset.getValue().values()) {
        current.upsert(asset.getKey(), aspect);
      }
    }
    for (Run run : runs) {
      current = roll(batches, current, 1, maxOperations).run(run);
    }
    for (UsageEvent event : usage) {
      current = roll(batches, current, 1, maxOperations).usage(event);
    }
    for (QualityResult result : qualityResults) {
      current = roll(batches, current, 1, maxOperations).qualityResult(result);
    }
    if (current.size() > 0 || batches.isEmpty()) {
      batches.add(current.build());
    }
    return batches;
  }

  private Batch.Builder roll(List<Batch> batches, Batch.Builder current, int adding, int max) {
    if (current.size() > 0 && current.size() + adding > max) {
      batches.add(current.build());
      return Batch.builder(source);
    }
    return current;
  }
}
