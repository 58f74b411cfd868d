package dev.meshlens.lineage.rdf;

import dev.meshlens.catalog.CatalogStore;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.model.QualityResult;
import dev.meshlens.catalog.model.Run;
import java.util.List;

/**
 * The time-series facts an asset's description includes: a job's latest runs and a dataset's latest
 * quality results. Facts are not in the change log, so they are as of the asset's last projection
 * (or the last reindex).
 */
public interface AssetFacts {
  /** How many of a job's runs are described. */
  int RUNS = 3;

  /** How many quality results are read to find the latest of each check. */
  int QUALITY_RESULTS = 200;

  List<Run> latestRuns(Urn job);

  List<QualityResult> latestQualityResults(Urn dataset);

  /** Facts read from a store. */
  static AssetFacts of(CatalogStore store) {
    return new AssetFacts() {
      @Override
      public List<Run> latestRuns(Urn job) {
        return store.runsOfJob(job, RUNS);
      }

      @Override
      public List<QualityResult> latestQualityResults(Urn dataset) {
        return store.qualityResults(dataset, QUALITY_RESULTS);
      }
    };
  }

  /** No facts at all. */
  static AssetFacts none() {
    return new AssetFacts() {
      @Override
      public List<Run> latestRuns(Urn job) {
        return List.of();
      }

      @Override
      public List<QualityResult> latestQualityResults(Urn dataset) {
        return List.of();
      }
    };
  }
}
