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
class SearchBenchmarkTest {
  @TempDir Path dir;

  @Test
  void a_tiny_run_prints_every_row_with_figures_and_keeps_its_catalog_for_the_next() {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    SearchBenchmark.Options options =
        new SearchBenchmark.Options(2_000, 5, 42, 100, Duration.ofSeconds(1), dir);

    SearchBenchReport report = SearchBenchmark.run(options, new PrintStream(printed, true, UTF_8));

    String table = printed.toString(UTF_8);
    assertThat(table)
        .startsWith(
            "Search: 2,000 datasets x 5 columns (seed 42); 100 searches/s offered for 1.0 s,"
                + " open loop, 32 connections, 500 distinct searches; max heap ")
        .contains("| metric", "| over HTTP", "| raw IndexSearcher", "| target", "| result")
        .containsPattern("\\| index build: time \\(new index, catch-up\\) +\\| +[0-9.]+ s \\|")
        .containsPattern("\\| index: documents / size on disk +\\| +2,000 / [0-9,]+ MiB \\|")
        .containsPattern(
            "\\| search p50 +\\| +[0-9.]+ ms \\| +[0-9.]+ ms \\| +[0-9.]+x \\|"
                + " <= 10.0 ms over HTTP +\\| (PASS|MISS) +\\|")
        .containsPattern(
            "\\| search p99 against raw p99 +\\| .* \\| <= 3x raw \\+ 5 ms = [0-9.]+ ms +\\|"
                + " (PASS|MISS) +\\|")
        .containsPattern("\\| searches answered / per second +\\| +100 / [0-9.]+ \\| +100 / ")
        .contains(
            "search p50 / p99: exact name (100 of 500)",
            "search p50 / p99: blank, a filter only (25 of 500)",
            "matches per search, median",
            "engine in process (SearchIndex.search): p50 / p99",
            "one search at a time, no load: p50 / p99",
            "engine in process, one at a time: p50 / p99",
            "machine load average, 1 min (before, after the loads)")
        .containsPattern(
            "\\| autocomplete p99 +\\| +[0-9.]+ ms \\|.*\\| <= 15.0 ms +\\| (PASS|MISS) +\\|")
        .containsPattern(
            "\\| peak heap in use \\(build, serving\\) +\\| +[0-9,]+ MiB, [0-9,]+ MiB");
    assertThat(table.lines().filter(l -> l.startsWith("|"))).hasSize(2 + 25);
    assertThat(report.build().documents()).isEqualTo(2_000);

    SearchBenchReport again = SearchBenchmark.run(options);
    assertThat(again.ingest().reused()).as("the catalog of the same shape is reused").isTrue();
    assertThat(again.build().documents()).isEqualTo(2_000);
  }
}
