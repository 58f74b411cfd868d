package dev.meshlens.api.openlineage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A small run of the push benchmark: the table, not the speed. */
class LineageBenchmarkTest {
  @Test
  void a_small_run_prints_both_rows_with_a_ratio_and_the_target() {
    LineageBenchReport report = LineageBenchmark.run(new LineageBenchmark.Options(200, 4, 42, 0));

    String table = report.table();
    assertThat(table).contains("over HTTP", "baseline", "ratio (HTTP / baseline)");
    assertThat(table).containsPattern("\\| events/s +\\| +[0-9,]+ \\| +[0-9,]+ \\| +[0-9.]+x \\|");
    assertThat(table).contains(">= 2,000 over HTTP").containsPattern("PASS|MISS");
    assertThat(report.http().events()).isEqualTo(200);
    assertThat(report.baseline().events()).isEqualTo(200);
    assertThat(report.http().assets())
        .as("both runs build the same catalog")
        .isEqualTo(report.baseline().assets())
        .isPositive();
  }

  @Test
  void a_tiny_run_of_one_job_works_too() {
    assertThat(SyntheticRunEvents.generate(2, 3)).hasSize(2);
  }

  @Test
  void the_synthetic_events_reuse_their_jobs() {
    List<String> events = SyntheticRunEvents.generate(400, 1);
    assertThat(events).hasSize(400);
    assertThat(events.stream().filter(e -> e.contains("\"START\""))).hasSize(200);
    assertThat(
            events.stream()
                .map(e ->
                    e.replaceAll(
                        ".*\"job\":\\{\"namespace\":\"([^\"]+)\",\"name\":\"([^\"]+)\".*", "$1/$2"))
                .distinct())
        .hasSize(10);
  }
}
