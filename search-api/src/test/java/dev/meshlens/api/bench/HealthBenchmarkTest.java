package dev.meshlens.api.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The health benchmark at a small scale: it scores everything and prints its table. */
class HealthBenchmarkTest {
  @TempDir Path dir;

  @Test
  void scores_every_dataset_product_and_domain_and_prints_the_table() {
    HealthBenchReport first = HealthBenchmark.run(new HealthBenchmark.Options(2_000, 42, dir));

    assertThat(first.recompute().summary().datasets()).isEqualTo(2_000);
    assertThat(first.recompute().summary().products()).isPositive();
    assertThat(first.recompute().summary().domains()).isPositive();
    assertThat(first.recompute().summary().rows())
        .isEqualTo(
            2_000L
                + first.recompute().summary().products()
                + first.recompute().summary().domains());
    assertThat(first.baseline().rows()).isGreaterThan(2_000);
    assertThat(first.allTargetsMet()).isTrue();
    assertThat(first.table())
        .contains("Health scores: recompute all for 2,000 datasets")
        .contains("recompute all scores: time")
        .contains("PASS");

    HealthBenchReport again = HealthBenchmark.run(new HealthBenchmark.Options(2_000, 42, dir));
    assertThat(again.ingest().reused()).isTrue();
    assertThat(again.recompute().summary().rows())
        .as("the same day: replaced")
        .isEqualTo(first.recompute().summary().rows());
  }
}
