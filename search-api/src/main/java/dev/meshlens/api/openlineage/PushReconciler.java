package dev.meshlens.api.openlineage;

import dev.meshlens.catalog.AspectMerger;
import dev.meshlens.catalog.AspectVersion;
import dev.meshlens.catalog.Batch;
import dev.meshlens.catalog.CatalogStore;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.model.Aspect;
import dev.meshlens.catalog.model.AspectKind;
import dev.meshlens.catalog.model.JobInfo;
import dev.meshlens.catalog.model.JobLineage;
import dev.meshlens.catalog.model.Run;
import dev.meshlens.catalog.model.Schema;
import dev.meshlens.catalog.model.UsageEvent;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Makes each pushed event add to what the push source said before instead of replacing it. The
 * store keeps one version of each aspect per source, and each write of a source replaces it; but an
 * event tells only part of the story (a COMPLETE event may list only the outputs, an input named
 * without facets has no description), so the aspects of each event are merged with the source's
 * current ones before they are written, as the file crawler merges the events of one replay:
 *
 * <ul>
 *   <li>a job's lineage is united with the stored one when the run is already known (an earlier
 *       event of it was committed, or is in the same group), and replaces it when the event is the
 *       first of a run: lineage follows the job's latest run; a JobEvent's lineage replaces it;
 *   <li>a dataset's schema replaces the stored one (a schema facet states the whole schema);
 *   <li>a job's description, type and SQL that an event leaves out are kept;
 *   <li>every other aspect (dataset info, ownership, tags, quality checks) is merged the way the
 *       catalog merges sources ({@link AspectMerger}), what the event states winning;
 *   <li>a run reads each input once: the use of an input the run already listed is dropped.
 * </ul>
 *
 * <p>An aspect that comes out as the source already says it is left out of the batch.
 *
 * <p>The source's aspects of the last {@value #CACHED_ASSETS} assets and the last {@value
 * #CACHED_RUNS} runs are cached, including what a group being built has not committed yet; {@link
 * #forget()} empties the cache after a failed commit. Nothing else may write the source. Not
 * thread-safe: only the committing thread uses it.
 */
final class PushReconciler {
  static final int CACHED_ASSETS = 10_000;
  static final int CACHED_RUNS = 10_000;

  private final CatalogStore store;
  private final String source;
  private final Map<Urn, Map<AspectKind, Aspect>> assets = lru(CACHED_ASSETS);
  private final Map<String, Run> runs = lru(CACHED_RUNS);

  PushReconciler(CatalogStore store, String source) {
    this.store = store;
    this.source = source;
  }

  /** The batch to write for one event: what it says, merged with what the source said before. */
  Batch reconcile(Batch event) {
    Batch.Builder out = Batch.builder(source).actor(event.actor());
    Run before = null;
    for (Run report : event.runs()) {
      before = known(report.runId()).orElse(null);
      runs.put(report.runId(), before == null ? report : before.merge(report));
      out.run(report);
    }
    for (Batch.Upsert upsert : event.upserts()) {
      Map<AspectKind, Aspect> said = said(upsert.urn());
      AspectKind kind = upsert.aspect().aspectKind();
      Aspect stored = said.get(kind);
      Aspect merged = merge(upsert.aspect(), stored, before != null);
      if (!merged.equals(stored)) {
        said.put(kind, merged);
        out.upsert(upsert.urn(), merged);
      }
    }
    for (UsageEvent use : event.usage()) {
      if (before == null || !before.inputs().contains(use.dataset())) {
        out.usage(use);
      }
    }
    event.qualityResults().forEach(out::qualityResult);
    event.removals().forEach(out::remove);
    return out.build();
  }

  /** Empties the cache, after a commit failed: what it held may not be in the store. */
  void forget() {
    assets.clear();
    runs.clear();
  }

  private static Aspect merge(Aspect stated, Aspect stored, boolean runKnown) {
    if (stored == null) {
      return stated;
    }
    return switch (stated) {
      case Schema schema -> schema;
      case JobLineage lineage -> runKnown ? AspectMerger.merge(List.of(lineage, stored)) : lineage;
      case JobInfo info -> {
        JobInfo old = (JobInfo) stored;
        yield new JobInfo(
            info.description() != null ? info.description() : old.description(),
            info.type() != null ? info.type() : old.type(),
            info.sql() != null ? info.sql() : old.sql());
      }
      default -> AspectMerger.merge(List.of(stated, stored));
    };
  }

  private Map<AspectKind, Aspect> said(Urn urn) {
    Map<AspectKind, Aspect> said = assets.get(urn);
    if (said == null) {
      said = new EnumMap<>(AspectKind.class);
      for (AspectVersion version : store.findAsset(urn).map(a -> a.current()).orElse(List.of())) {
        if (version.source().equals(source) && version.value() != null) {
          said.put(version.kind(), version.value());
        }
      }
      assets.put(urn, said);
    }
    return said;
  }

  private Optional<Run> known(String runId) {
    Run cached = runs.get(runId);
    return cached != null ? Optional.of(cached) : store.findRun(runId);
  }

  private static <K, V> Map<K, V> lru(int capacity) {
    return new LinkedHashMap<>(256, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > capacity;
      }
    };
  }
}
