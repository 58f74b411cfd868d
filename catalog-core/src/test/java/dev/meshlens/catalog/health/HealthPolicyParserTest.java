package dev.meshlens.catalog.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HealthPolicyParserTest {
  static final String VALID =
      """
      weights: {usage: 0.35, freshness: 0.2, quality: 0.2, reliability: 0.15, documentation: 0.1}
      window: 30d
      freshness: {defaultSla: 24h, zeroAfter: 4}
      usage: {queryWeight: 0.5}
      caps: {openIncident: 60, brokenContract: 50}
      grades: {A: 85, B: 70, C: 55, D: 40}
      """;

  @Test
  void the_default_policy_weighs_usage_highest() {
    HealthPolicy policy = HealthPolicy.defaults();

    assertThat(policy).isEqualTo(HealthPolicyParser.fromYaml(VALID));
    for (Signal signal : Signal.values()) {
      assertThat(policy.weight(Signal.USAGE)).isGreaterThanOrEqualTo(policy.weight(signal));
    }
    assertThat(policy.window()).isEqualTo(Duration.ofDays(30));
    assertThat(policy.grades().of(85.0)).isEqualTo("A");
    assertThat(policy.grades().of(39.9)).isEqualTo("F");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "usage: 0.35, | usge: 0.35, | unknown key 'weights.usge'",
        "usage: 0.35, | usage: -1, | weights.usage must be a number >= 0, got -1.0",
        "usage: 0.35, | usage: lots, | weights.usage must be a number, got 'lots'",
        "window: 30d | window: 30 days | window must be a duration such as 30d, 24h, 90m or PT24H,"
            + " got '30 days'",
        "window: 30d | window: -5d | window must be a duration such as 30d",
        "defaultSla: 24h | defaultSla: PT0S | freshness.defaultSla must be a positive duration",
        "A: 85, B: 70 | A: 70, B: 85 | grades must be strictly decreasing within (0, 100]"
            + " (100 >= A > B > C > D > 0), got A=70.0 B=85.0",
        "openIncident: 60 | openIncident: 160 | caps.openIncident must be in [0, 100], got 160.0",
        "caps: | kaps: | unknown key 'kaps' (allowed: caps, freshness, grades, usage, weights,"
            + " window)",
        "usage: {queryWeight: 0.5} | usage: {} | missing key 'usage.queryWeight'",
      })
  void a_bad_policy_fails_naming_the_key_and_the_value(String from, String to, String message) {
    String yaml = VALID.replace(from.strip(), to.strip());
    assertThat(yaml).as("the case must change the policy").isNotEqualTo(VALID);

    assertThatThrownBy(() -> HealthPolicyParser.fromYaml(yaml))
        .isInstanceOf(InvalidHealthPolicyException.class)
        .hasMessageContaining(message);
  }

  @Test
  void weights_must_not_all_be_zero() {
    String yaml =
        VALID.replace(
            "usage: 0.35, freshness: 0.2, quality: 0.2, reliability: 0.15, documentation: 0.1",
            "usage: 0, freshness: 0, quality: 0, reliability: 0, documentation: 0");

    assertThatThrownBy(() -> HealthPolicyParser.fromYaml(yaml))
        .hasMessageStartingWith("weights must not all be 0");
  }

  @Test
  void a_file_error_names_the_file(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("policy.yaml");
    Files.writeString(file, VALID.replace("D: 40", "D: 0"), StandardCharsets.UTF_8);

    assertThatThrownBy(() -> HealthPolicyParser.fromFile(file))
        .hasMessageStartingWith("Health policy " + file + ": grades must be strictly decreasing");
    assertThatThrownBy(() -> HealthPolicyParser.fromFile(dir.resolve("missing.yaml")))
        .hasMessageStartingWith("Cannot read the health policy " + dir.resolve("missing.yaml"));
  }

  @Test
  void durations_take_iso_and_short_forms() {
    assertThat(HealthPolicyParser.parseDuration("PT24H", "k")).isEqualTo(Duration.ofHours(24));
    assertThat(HealthPolicyParser.parseDuration("P7D", "k")).isEqualTo(Duration.ofDays(7));
    assertThat(HealthPolicyParser.parseDuration("90m", "k")).isEqualTo(Duration.ofMinutes(90));
    assertThat(HealthPolicyParser.parseDuration("45s", "k")).isEqualTo(Duration.ofSeconds(45));
  }
}
