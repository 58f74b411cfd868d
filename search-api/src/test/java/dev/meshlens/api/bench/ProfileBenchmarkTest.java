package dev.meshlens.api.bench;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A tiny run end to end: every row is printed with its figures; speed is not checked. */
class ProfileBenchmarkTest {
  @TempDir Path dir;

  @Test
  void a_tiny_run_prints_every_row_with_figures_and_keeps_its_catalog_for_the_next() {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    ProfileBenchmark.Options options =
        new ProfileBenchmark.Options(2_000, 5, 42, 100, Duration.ofSeconds(1), dir);

    ProfileBenchReport report =
        ProfileBenchmark.run(options, new PrintStream(printed, true, UTF_8));

    String table = printed.toString(UTF_8);
    assertThat(table)
        .startsWith(
            "Profiles: 2,000 datasets x 5 columns (seed 42); 100 profiles/s offered for 1.0 s,"
                + " open loop, 16 connections, ")
        .contains("| metric", "| over HTTP", "| raw JDBC reads", "| target", "| result")
        .containsPattern("\\| catalog: datasets / jobs +\\| +2,000 / [0-9,]+ +\\|")
        .containsPattern(
            "\\| catalog: usage events / runs / quality results +\\| +[0-9,]+ / [0-9,]+ / 8,000 +\\|")
        .containsPattern(
            "\\| profile p99 +\\| +[0-9.]+ ms \\| +[0-9.]+ ms \\| +[0-9.]+x \\|"
                + " <= 20.0 ms over HTTP +\\| (PASS|MISS) +\\|")
        .containsPattern("\\| profiles answered / per second +\\| +100 / [0-9.]+ \\| +100 / ")
        .containsPattern("\\| part in process, median: usage +\\| +[0-9.]+ ms")
        .containsPattern("\\| part in process, median: lineage graph +\\| +[0-9.]+ ms")
        .containsPattern("\\| part in process, median: total +\\| +[0-9.]+ ms")
        .contains("one profile at a time, no load: p50 / p99", "machine load average");
    assertThat(report.measured().catalog().runs()).isPositive();

    ProfileBenchReport again = ProfileBenchmark.run(options);
    assertThat(again.ingest().reused()).as("the catalog of the same shape is reused").isTrue();
    assertThat(again.measured().catalog().datasets()).isEqualTo(2_000);
  }
}
