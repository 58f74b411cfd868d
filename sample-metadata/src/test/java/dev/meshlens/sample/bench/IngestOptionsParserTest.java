package dev.meshlens.sample.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class IngestOptionsParserTest {
  @Test
  void no_arguments_give_100000_datasets_of_10_columns_in_batches_of_1000() {
    IngestBenchmark.Options options = IngestBenchmark.Options.parse();

    assertThat(options).isEqualTo(new IngestBenchmark.Options(100_000, 1_000, 10, 42, 5_000, null));
  }

  @Test
  void every_option_is_read() {
    IngestBenchmark.Options options =
        IngestBenchmark.Options.parse(
            "--datasets",
            "1_000_000",
            "--batch",
            "500",
            "--columns",
            "12",
            "--seed",
            "7",
            "--warmup",
            "0",
            "--dir",
            "/tmp/bench");

    assertThat(options)
        .isEqualTo(new IngestBenchmark.Options(1_000_000, 500, 12, 7, 0, Path.of("/tmp/bench")));
  }

  @Test
  void the_warm_up_defaults_to_a_tenth_of_a_small_run() {
    assertThat(IngestBenchmark.Options.parse("--datasets", "2000").warmup()).isEqualTo(200);
  }

  @Test
  void an_unknown_option_is_rejected_with_the_known_ones() {
    assertThatThrownBy(() -> IngestBenchmark.Options.parse("--rows", "5"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Unknown option '--rows' (known: [--datasets, --batch, --columns, --seed, --warmup,"
                + " --dir])");
  }

  @Test
  void an_option_without_a_value_is_rejected() {
    assertThatThrownBy(() -> IngestBenchmark.Options.parse("--datasets"))
        .hasMessage("Option --datasets needs a value");
  }

  @Test
  void a_value_that_is_not_a_number_is_rejected() {
    assertThatThrownBy(() -> IngestBenchmark.Options.parse("--batch", "lots"))
        .hasMessage("--batch needs a whole number; got: 'lots'");
  }

  @Test
  void a_batch_over_the_limit_is_rejected() {
    assertThatThrownBy(() -> IngestBenchmark.Options.parse("--batch", "20000"))
        .hasMessage("batchSize must be in [1, 10000]; got: 20000");
  }
}
