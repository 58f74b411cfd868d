package dev.meshlens.indexer.crawl.openlineage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshlens.indexer.crawl.Material;
import dev.meshlens.indexer.crawl.support.Documents;
import dev.meshlens.indexer.crawl.support.JsonSchemaCheck.Problem;
import org.junit.jupiter.api.Test;

class OpenLineageValidatorTest {
  private static final OpenLineageValidator VALIDATOR = new OpenLineageValidator();

  @Test
  void a_run_event_without_a_run_id_gets_the_run_events_problem_not_the_oneof_noise() {
    assertThat(
            VALIDATOR.check(
                Documents.read(
                    Material.path(
                        "openlineage-events/invalid/openlineage-fluentd__event_no_run_id.json"))))
        .containsExactly(new Problem("/run", "required property 'runId' not found"));
  }

  @Test
  void a_missing_core_property_is_named_once() {
    assertThat(
            VALIDATOR.check(
                Documents.read(
                    Material.path(
                        "openlineage-events/complete/marquez-api-test__event_without_schema_url.json"))))
        .containsExactly(new Problem("", "required property 'schemaURL' not found"));
  }
}
