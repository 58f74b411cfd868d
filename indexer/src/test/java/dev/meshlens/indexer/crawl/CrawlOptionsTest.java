package dev.meshlens.indexer.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CrawlOptionsTest {

  private static CrawlOptions of(String key, String value) {
    return CrawlOptions.of(new SourceSpec("s", "jdbc", "jdbc:sqlite:x.db", Map.of(key, value)));
  }

  @Test
  void unset_options_take_their_defaults() {
    CrawlOptions options = CrawlOptions.of(new SourceSpec("s", "dbt", "target"));

    assertThat(options.failSafe()).isEqualTo(0.3);
    assertThat(options.retries()).isEqualTo(2);
    assertThat(options.retryBackoff()).isEqualTo(Duration.ofSeconds(1));
  }

  @ParameterizedTest
  @CsvSource({"0.3, 0.3", "30%, 0.3", "0, 0", "1, 1", "100%, 1", "12.5 %, 0.125", "0.05, 0.05"})
  void fail_safe_is_a_fraction_or_a_percentage(String text, double share) {
    assertThat(of("failSafe", text).failSafe()).as(text).isEqualTo(share);
  }

  @ParameterizedTest
  @ValueSource(strings = {"most", "30", "1.5", "-0.1", "101%", "%", "0,3", "NaN"})
  void fail_safe_outside_0_to_100_percent_is_refused(String text) {
    assertThatThrownBy(() -> of("failSafe", text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "option failSafe must be a fraction in [0, 1] such as 0.3 or a percentage in"
                + " [0%, 100%] such as 30%; got: "
                + text);
  }

  @ParameterizedTest
  @CsvSource({"500ms, PT0.5S", "2s, PT2S", "1m, PT1M", "PT1.5S, PT1.5S", "0s, PT0S", "2S, PT2S"})
  void retry_backoff_is_iso_8601_or_short(String text, Duration expected) {
    assertThat(of("retryBackoff", text).retryBackoff()).as(text).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"soon", "1h", "-2s", "PT-1S", "1.5s", "ms"})
  void a_retry_backoff_that_is_no_duration_is_refused(String text) {
    assertThatThrownBy(() -> of("retryBackoff", text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("option retryBackoff must be an ISO-8601 duration")
        .hasMessageEndingWith("got: " + text);
  }

  @Test
  void negative_retries_and_batch_sizes_are_refused() {
    assertThatThrownBy(() -> of("retries", "-1"))
        .hasMessage("option retries must be a whole number >= 0; got: -1");
    assertThatThrownBy(() -> of("batchSize", "0"))
        .hasMessage("option batchSize must be a whole number >= 1; got: 0");
  }
}
