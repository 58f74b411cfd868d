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
import java.util.SplittableRandom;

/**
 * Adds what the synthetic mesh lacks for profiles to each of its batches: runs of every job (one a
 * day for {@value #RUNS} days before the mesh's end, one in ten failed) and quality results of
 * every dataset ({@value #CHECKS} checks, daily for {@value #QUALITY_DAYS} days, one in eight
 * failed), derived from the URNs with a fixed seed, so the same batch gets the same facts.
 */
final class ProfileBenchmarkFacts {
  /** The synthetic mesh's usage ends here; runs and results end a little before. */
  static final Instant END = Instant.parse("2026-11-01T00:00:00Z");

  static final int RUNS = 3;
  static final int CHECKS = 2;
  static final int QUALITY_DAYS = 2;

  private ProfileBenchmarkFacts() {}

  /** The batch with runs and quality results added. */
  static Batch withFacts(Batch batch) {
    Batch.Builder out = Batch.builder(batch.source()).actor(batch.actor());
    batch.upserts().forEach(u -> out.upsert(u.urn(), u.aspect()));
    batch.removals().forEach(out::remove);
    batch.runs().forEach(out::run);
    batch.usage().forEach(out::usage);
    batch.qualityResults().forEach(out::qualityResult);
    for (Batch.Upsert upsert : batch.upserts()) {
      if (upsert.aspect() instanceof JobLineage lineage) {
        runs(out, upsert.urn(), lineage);
      } else if (upsert.aspect() instanceof DatasetInfo) {
        quality(out, upsert.urn());
      }
    }
    return out.build();
  }

  private static void runs(Batch.Builder out, Urn job, JobLineage lineage) {
    SplittableRandom random = new SplittableRandom(job.toString().hashCode());
    for (int day = 0; day < RUNS; day++) {
      Instant start = END.minus(Duration.ofDays(day + 1L)).plusSeconds(random.nextInt(6 * 3600));
      boolean failed = random.nextInt(10) == 0;
      out.run(
          new Run(
              job.localName() + "-run-" + day + "-" + Integer.toHexString(job.hashCode()),
              job,
              failed ? RunState.FAIL : RunState.COMPLETE,
              start,
              start.plusSeconds(60 + random.nextInt(1_800)),
              lineage.inputs(),
              lineage.outputs(),
              failed ? "synthetic failure" : null));
    }
  }

  private static void quality(Batch.Builder out, Urn dataset) {
    SplittableRandom random = new SplittableRandom(dataset.toString().hashCode());
    for (int check = 0; check < CHECKS; check++) {
      for (int day = 0; day < QUALITY_DAYS; day++) {
        Instant time = END.minus(Duration.ofDays(day + 1L)).plusSeconds(random.nextInt(3_600));
        boolean passed = random.nextInt(8) != 0;
        out.qualityResult(
            new QualityResult(
                dataset,
                check == 0 ? "not_null_id" : "row_count_positive",
                time,
                passed,
                (double) random.nextInt(1_000),
                null,
                passed ? null : "synthetic failure"));
      }
    }
  }
}
