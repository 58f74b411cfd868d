package dev.meshlens.api.bench;

import dev.meshlens.catalog.Batch;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.model.DatasetInfo;
import dev.meshlens.catalog.model.JobLineage;
import dev.meshlens.catalog.model.QualityResult;
import dev.meshlens.catalog.model.Run;
import dev.meshlens.catalog.model.RunState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The facts the synthetic mesh lacks for health scores, added to each of its batches: {@value
 * #RUNS} runs of every lineage job over the 30 days before the generator's fixed end (about 1 in 12
 * failing), and {@value #CHECKS} quality check results for every dataset (about 1 in 10 failing).
 * Each choice derives from the seed and the asset's URN, so the same seed gives the same facts.
 */
final class HealthBenchmarkFacts {
  static final Instant END = Instant.parse("2026-11-01T00:00:00Z");
  static final int RUNS = 3;
  static final int CHECKS = 2;
  private final long seed;

  HealthBenchmarkFacts(long seed) {
    this.seed = seed;
  }

  /** {@code batch} with runs of its jobs and quality results of its datasets added. */
  Batch withFacts(Batch batch) {
    List<Run> runs = new ArrayList<>(batch.runs());
    List<QualityResult> results = new ArrayList<>(batch.qualityResults());
    for (Batch.Upsert upsert : batch.upserts()) {
      if (upsert.aspect() instanceof JobLineage) {
        addRuns(upsert.urn(), runs);
      } else if (upsert.aspect() instanceof DatasetInfo) {
        addResults(upsert.urn(), results);
      }
    }
    return new Batch(
        batch.source(),
        batch.actor(),
        batch.upserts(),
        batch.removals(),
        runs,
        batch.usage(),
        results);
  }

  private SplittableRandom random(Urn urn) {
    return new SplittableRandom(seed * 31 + urn.toString().hashCode());
  }

  private void addRuns(Urn job, List<Run> runs) {
    SplittableRandom random = random(job);
    for (int i = 0; i < RUNS; i++) {
      Instant end = END.minus(Duration.ofHours(1 + random.nextLong(30 * 24)));
      RunState state = random.nextInt(12) == 0 ? RunState.FAIL : RunState.COMPLETE;
      runs.add(
          new Run(
              job.localName() + "-" + i,
              job,
              state,
              end.minus(Duration.ofMinutes(5)),
              end,
              List.of(),
              List.of(),
              state == RunState.FAIL ? "synthetic failure" : null));
    }
  }

  private void addResults(Urn dataset, List<QualityResult> results) {
    SplittableRandom random = random(dataset);
    for (int i = 0; i < CHECKS; i++) {
      Instant at = END.minus(Duration.ofHours(1 + random.nextLong(7 * 24)));
      results.add(
          new QualityResult(dataset, "check_" + i, at, random.nextInt(10) != 0, null, null, null));
    }
  }
}
