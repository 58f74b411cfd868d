package dev.meshlens.indexer.crawl;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The schedules of a sources file are checked when it is read. */
class SourcesFileTest {
  @TempDir Path dir;
  final SourceReaders readers = SourceReaders.standard();

  private Path file(String yaml) throws Exception {
    Path file = dir.resolve("sources.yaml");
    Files.writeString(file, yaml, UTF_8);
    return file;
  }

  @Test
  void a_bad_cron_expression_is_an_error_naming_the_source_and_the_expression() throws Exception {
    Path file =
        file(
            """
            - name: fine
              type: odps
              location: domains
              schedule: "0 * * * *"
            - name: sales-orders
              type: jdbc
              location: orders.sqlite
              schedule: "0 0 * * * *"
            """);

    assertThatThrownBy(() -> SourcesFile.read(file, readers))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 problem(s)")
        .hasMessageContaining("sources[1]: source 'sales-orders': invalid schedule '0 0 * * * *'")
        .hasMessageContaining("5-field UNIX cron");
  }

  @Test
  void a_blank_schedule_is_refused_and_a_missing_one_means_on_request_only() throws Exception {
    Path blank = file("- {name: a, type: odps, location: domains, schedule: ' '}\n");
    assertThatThrownBy(() -> SourcesFile.read(blank, readers))
        .hasMessageContaining("source 'a': schedule must not be blank");

    Path none = file("- {name: a, type: odps, location: domains}\n");
    SourceDefinition definition = SourcesFile.read(none, readers).get(0);
    assertThat(definition.schedule()).isNull();
    assertThat(definition.cron()).isEmpty();
  }

  @Test
  void a_schedule_is_kept_trimmed() throws Exception {
    Path file = file("- {name: a, type: odps, location: domains, schedule: ' */15 * * * * '}\n");

    assertThat(SourcesFile.read(file, readers).get(0).schedule()).isEqualTo("*/15 * * * *");
  }
}
