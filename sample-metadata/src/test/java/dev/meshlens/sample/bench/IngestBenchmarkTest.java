package dev.meshlens.sample.bench;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A small run end to end: both targets are written and the table compares them. */
class IngestBenchmarkTest {
  @TempDir Path dir;

  @Test
  void a_small_run_prints_a_table_with_both_targets_and_their_ratio() {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    IngestBenchmark.Options options = new IngestBenchmark.Options(2_000, 500, 10, 42, 200, dir);

    IngestReport report = IngestBenchmark.run(options, new PrintStream(printed, true, UTF_8));

    String table = printed.toString(UTF_8);
    assertThat(table)
        .startsWith("Store ingest: 2,000 datasets x 10 columns in batches of 500")
        .contains("| metric", "| Meshlens", "raw JDBC", "ratio (Meshlens / raw)")
        .contains(
            "datasets/s, write path", "time for 1,000,000 (projected linearly)", "peak heap in use")
        .containsPattern("\\| datasets/s, write path +\\| +[0-9,]+ \\| +[0-9,]+ \\| +[0-9.]+x \\|")
        .containsPattern("(PASS|MISS)");
    assertThat(report.store().datasets()).isEqualTo(2_000);
    assertThat(report.baseline().datasets()).isEqualTo(2_000);
    assertThat(report.store().columns()).isEqualTo(20_000);
    assertThat(report.writeRatio()).isPositive();
    assertThat(report.store().fileBytes()).isPositive();
    assertThat(report.baseline().fileBytes()).isPositive();
  }

  @Test
  void the_databases_stay_in_the_given_folder() {
    IngestBenchmark.Options kept = new IngestBenchmark.Options(300, 100, 3, 1, 0, dir);

    IngestBenchmark.run(kept);

    assertThat(dir.resolve("meshlens.db")).exists();
    assertThat(dir.resolve("baseline.db")).exists();
  }

  @Test
  void the_baseline_holds_one_row_per_dataset_and_one_per_column() throws SQLException {
    IngestBenchmark.run(new IngestBenchmark.Options(1_200, 500, 4, 3, 0, dir));

    String url = "jdbc:sqlite:" + dir.resolve("baseline.db").toAbsolutePath();
    try (Connection connection = DriverManager.getConnection(url);
        Statement st = connection.createStatement()) {
      assertThat(count(st, "SELECT count(*) FROM datasets")).isEqualTo(1_200);
      assertThat(count(st, "SELECT count(*) FROM dataset_columns")).isEqualTo(4_800);
    }
  }

  private static long count(Statement st, String sql) throws SQLException {
    try (ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
