package dev.meshlens.api.bench;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A small run end to end: every row is printed with its figures; speed is not checked. */
class CrawlBenchmarkTest {
  @TempDir Path dir;

  @Test
  void a_small_run_prints_every_row_with_figures_and_ratios() {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();

    CrawlBenchReport report =
        CrawlBenchmark.run(
            new CrawlBenchmark.Options(200, 20, 42, dir), new PrintStream(printed, true, UTF_8));

    String table = printed.toString(UTF_8);
    assertThat(table)
        .startsWith("Crawl: 200 tables x 20 columns + 2 views = 202 assets, ")
        .contains("| metric", "| crawl", "| baseline", "| ratio", "| target", "| result")
        .containsPattern(
            "\\| first crawl: assets/s, read \\+ apply \\(baseline: store bulk ingest\\) +\\|"
                + " +[0-9,]+ \\| +[0-9,]+ \\| +[0-9.]+x \\| >= 3,500 assets/s +\\| (PASS|MISS) +\\|")
        .containsPattern(
            "\\| no-change re-crawl: time \\(baseline: first crawl\\) +\\| +[0-9.]+ s \\|"
                + " +[0-9.]+ s \\| +[0-9.]+x faster \\| >= 10x faster +\\| (PASS|MISS) +\\|")
        .contains(
            "first crawl: time",
            "no-change re-crawl: assets/s",
            "no-change re-crawl: CPU time of the crawling thread",
            "first crawl part: reading the source",
            "re-read with a changed fingerprint: reading the source",
            "re-read with a changed fingerprint: store apply, nothing to write",
            "apply part: validating the batches",
            "apply part: aspects to JSON + SHA-256",
            "apply part: lookups, transaction, rest")
        .containsPattern("\\| assets added or changed / unchanged +\\| +0 / 202 \\| +202 / 0 \\|");
    assertThat(table.lines().filter(l -> l.startsWith("|"))).hasSize(2 + 12);
    assertThat(report.firstCrawlRate()).isPositive();
    assertThat(report.bulkIngestRate()).isPositive();
    assertThat(report.reCrawlSpeedUp()).isPositive();
  }

  @Test
  void the_source_and_the_stores_stay_in_the_given_folder() {
    CrawlBenchmark.run(new CrawlBenchmark.Options(100, 5, 1, dir));

    assertThat(dir.resolve("source.db")).exists();
    assertThat(dir.resolve("catalog.db")).exists();
    assertThat(dir.resolve("bulk.db")).exists();
  }
}
