package dev.meshlens.indexer.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CronScheduleTest {

  @ParameterizedTest
  @ValueSource(strings = {"0 * * * *", "*/15 * * * *", "30 11 * * 1-5", "0 6 * * MON", "5 4 1 1 *"})
  void five_field_unix_expressions_are_valid(String expression) {
    assertThat(CronSchedule.parse(expression).expression()).isEqualTo(expression);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "61 * * * *   | 61",
        "0 0 * * * *  | 6 parts",
        "every hour   | every",
        "0 25 * * *   | 25",
        "0 * * 13 *   | 13"
      })
  void malformed_expressions_are_refused_naming_the_expression(String expression, String why) {
    assertThatThrownBy(() -> CronSchedule.parse(expression))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("invalid schedule '" + expression + "'")
        .hasMessageContaining("5-field UNIX cron")
        .hasMessageContaining(why);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   "})
  void a_blank_expression_is_refused(String expression) {
    assertThatThrownBy(() -> CronSchedule.parse(expression))
        .hasMessageContaining("schedule must not be blank");
  }

  @ParameterizedTest
  @CsvSource({
    "30 11 * * *, 2026-03-02T11:29:59Z, UTC, 2026-03-02T11:30:00Z",
    "30 11 * * *, 2026-03-02T11:30:00Z, UTC, 2026-03-03T11:30:00Z",
    "*/15 * * * *, 2026-03-02T11:31:00Z, UTC, 2026-03-02T11:45:00Z",
    "30 11 * * *, 2026-03-02T09:00:00Z, Europe/Paris, 2026-03-02T10:30:00Z",
    "0 6 * * 1, 2026-03-02T07:00:00Z, UTC, 2026-03-09T06:00:00Z"
  })
  void the_next_time_is_strictly_after_and_in_the_zone(
      String expression, String after, String zone, String next) {
    ZoneId id = "UTC".equals(zone) ? ZoneOffset.UTC : ZoneId.of(zone);

    assertThat(CronSchedule.parse(expression).nextAfter(Instant.parse(after), id))
        .contains(Instant.parse(next));
  }
}
