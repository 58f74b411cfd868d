package dev.meshlens.sample.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meshlens.sample.synthetic.SyntheticMeshConfig.Content;
import org.junit.jupiter.api.Test;

class SyntheticMeshConfigTest {
  @Test
  void defaults_are_ten_columns_seed_42_and_batches_of_1000() {
    SyntheticMeshConfig config = SyntheticMeshConfig.of(2_500);

    assertThat(config.columnsPerDataset()).isEqualTo(10);
    assertThat(config.seed()).isEqualTo(42L);
    assertThat(config.batchSize()).isEqualTo(1_000);
    assertThat(config.content()).isEqualTo(Content.FULL_MESH);
    assertThat(config.datasetBatches()).isEqualTo(3);
  }

  @Test
  void no_datasets_is_rejected() {
    assertThatThrownBy(() -> SyntheticMeshConfig.of(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("datasets must be >= 1; got: 0");
  }

  @Test
  void zero_columns_is_rejected() {
    assertThatThrownBy(() -> SyntheticMeshConfig.of(1).withColumnsPerDataset(0))
        .hasMessage("columnsPerDataset must be in [1, 1000]; got: 0");
  }

  @Test
  void a_batch_larger_than_the_limit_is_rejected() {
    assertThatThrownBy(() -> SyntheticMeshConfig.of(1).withBatchSize(10_001))
        .hasMessage("batchSize must be in [1, 10000]; got: 10001");
  }

  @Test
  void a_missing_content_is_rejected() {
    assertThatThrownBy(() -> SyntheticMeshConfig.of(1).withContent(null))
        .hasMessage("content must not be null");
  }
}
