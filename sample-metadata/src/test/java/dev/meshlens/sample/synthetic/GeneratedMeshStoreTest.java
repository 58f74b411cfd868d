package dev.meshlens.sample.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshlens.catalog.ApplyResult;
import dev.meshlens.catalog.Asset;
import dev.meshlens.catalog.Batch;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.model.JobLineage;
import dev.meshlens.catalog.model.Schema;
import dev.meshlens.catalog.sqlite.SqliteCatalogStore;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated batches are what a real store accepts, and applying them again writes nothing. */
class GeneratedMeshStoreTest {
  @TempDir Path dir;

  @Test
  void every_generated_batch_applies_to_the_sqlite_store_and_again_without_change() {
    SyntheticMeshGenerator generator =
        new SyntheticMeshGenerator(SyntheticMeshConfig.of(3_000).withBatchSize(700));
    List<Batch> batches = generator.batches().toList();
    try (SqliteCatalogStore store = SqliteCatalogStore.open(dir.resolve("catalog.db"))) {
      List<ApplyResult> first = batches.stream().map(store::apply).toList();
      List<ApplyResult> again = batches.stream().map(store::apply).toList();

      assertThat(first).allSatisfy(result -> assertThat(result.written()).isPositive());
      assertThat(again).allSatisfy(result -> assertThat(result.changed()).isFalse());
      Urn hub = generator.hubs().getFirst();
      assertThat(store.loadAsset(hub).aspect(Schema.class)).isPresent();
      assertThat(store.status().assets())
          .as("datasets, jobs, products, domains and owners")
          .isGreaterThan(3_000);
    }
  }

  @Test
  void a_stored_job_reads_datasets_that_are_stored() {
    SyntheticMeshGenerator generator = new SyntheticMeshGenerator(SyntheticMeshConfig.of(600));
    try (SqliteCatalogStore store = SqliteCatalogStore.open(dir.resolve("catalog.db"))) {
      generator.forEachBatch(store::apply);
      Batch.Upsert job =
          generator
              .batches()
              .flatMap(batch -> batch.upserts().stream())
              .filter(upsert -> upsert.aspect() instanceof JobLineage)
              .reduce((a, b) -> b)
              .orElseThrow();

      Asset stored = store.loadAsset(job.urn());
      JobLineage lineage = stored.aspect(JobLineage.class).orElseThrow();
      assertThat(lineage.inputs())
          .allSatisfy(input -> assertThat(store.findAsset(input)).isPresent());
    }
  }
}
