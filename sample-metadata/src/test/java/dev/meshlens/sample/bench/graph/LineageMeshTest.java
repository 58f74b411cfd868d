package dev.meshlens.sample.bench.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meshlens.catalog.Batch;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.model.JobLineage;
import dev.meshlens.catalog.sqlite.SqliteCatalogStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LineageMeshTest {
  @TempDir Path dir;

  @Test
  void the_edges_come_near_the_target_and_the_same_seed_gives_the_same_graph() {
    LineageMesh mesh = LineageMesh.generate(LineageMeshConfig.of(200_000));

    assertThat(mesh.edgeCount()).isBetween(180_000, 220_000);
    assertThat(LineageMesh.generate(LineageMeshConfig.of(200_000)).edges()).isEqualTo(mesh.edges());
    assertThat(LineageMesh.generate(LineageMeshConfig.of(200_000).withSeed(7)).edges())
        .isNotEqualTo(mesh.edges());
  }

  @Test
  void every_edge_goes_from_a_lower_layer_to_a_higher_one_so_walks_end() {
    LineageMesh mesh = LineageMesh.generate(LineageMeshConfig.of(20_000));

    for (long edge : mesh.edges()) {
      int output = (int) (edge >>> 32);
      int input = (int) edge;
      assertThat(mesh.layer(input))
          .as("edge %d <- %d", output, input)
          .isLessThan(mesh.layer(output));
    }
  }

  @Test
  void hub_datasets_are_read_by_thousands_of_jobs_and_hub_jobs_state_all_their_pairs() {
    LineageMeshConfig config = LineageMeshConfig.of(1_000_000);
    LineageMesh mesh = LineageMesh.generate(config);

    int[] readers = new int[config.hubDatasets()];
    for (int job = 0; job < mesh.jobs(); job++) {
      for (int input : mesh.inputs(job)) {
        if (input < readers.length) {
          readers[input]++;
        }
      }
    }
    assertThat(Arrays.stream(readers).min().orElseThrow())
        .as("readers of the least read hub")
        .isGreaterThan(2_000);
    int hubJob = mesh.jobs() - 1;
    assertThat(mesh.inputs(hubJob)).hasSize(100);
    assertThat(mesh.outputs(hubJob)).hasSize(100);
    assertThat(config.hubJobSide() * config.hubJobSide())
        .isLessThanOrEqualTo(LineageMeshConfig.MAX_HUB_JOB_PAIRS);
    assertThat(mesh.job(hubJob).localName()).startsWith("hub.");
    assertThat(mesh.dataset(0).localName()).isEqualTo("core.hub_0");
  }

  @Test
  void the_batches_apply_to_the_store_with_a_job_lineage_per_job() {
    LineageMesh mesh = LineageMesh.generate(new LineageMeshConfig(3_000, 42, 100));
    List<Batch> batches = new ArrayList<>();
    mesh.batches().forEachRemaining(batches::add);

    try (SqliteCatalogStore store = SqliteCatalogStore.open(dir.resolve("catalog.db"))) {
      batches.forEach(store::apply);

      assertThat(batches).hasSize(mesh.batchCount());
      assertThat(store.status().assets()).isEqualTo(mesh.datasets() + mesh.jobs());
      JobLineage lineage = store.loadAsset(mesh.job(0)).aspect(JobLineage.class).orElseThrow();
      Set<Urn> inputs = new HashSet<>();
      for (int id : mesh.inputs(0)) {
        inputs.add(mesh.dataset(id));
      }
      assertThat(lineage.inputs()).containsExactlyInAnyOrderElementsOf(inputs);
    }
  }

  @Test
  void a_config_out_of_range_is_refused() {
    assertThatThrownBy(() -> LineageMeshConfig.of(10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("edges must be in [1000, 20000000]; got: 10");
    assertThatThrownBy(() -> new LineageMeshConfig(5_000, 1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("batchSize must be in [1, 10000]; got: 0");
  }
}
