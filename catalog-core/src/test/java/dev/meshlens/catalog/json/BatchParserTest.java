package dev.meshlens.catalog.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meshlens.catalog.Batch;
import dev.meshlens.catalog.Fixtures;
import dev.meshlens.catalog.InvalidBatchException;
import dev.meshlens.catalog.model.Run;
import dev.meshlens.catalog.model.RunState;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BatchParserTest {
  private final BatchParser parser = new BatchParser();

  @Test
  void a_batch_round_trips_through_json() {
    Batch batch =
        Batch.builder("jdbc:sales-orders")
            .actor("crawl-42")
            .upsert(Fixtures.ORDERS, Fixtures.ordersSchema())
            .upsert(Fixtures.ORDERS, Fixtures.ordersInfo("Orders"))
            .remove(Fixtures.ORDER_LINES)
            .run(
                new Run(
                    "r-1",
                    dev.meshlens.catalog.Urn.job("ns", "job"),
                    RunState.COMPLETE,
                    Instant.parse("2026-11-01T00:00:00Z"),
                    Instant.parse("2026-11-01T00:05:00Z"),
                    List.of(),
                    List.of(Fixtures.ORDERS),
                    null))
            .build();

    assertThat(parser.fromJson(parser.toJson(batch), "unused")).isEqualTo(batch);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{|body: is not valid JSON",
        "[]|body: must be a JSON object",
        "{\"upserts\": 3}|upserts: must be an array",
        "{\"upserts\": [{\"urn\": \"nope\", \"aspect\": \"tags\", \"value\": {}}]}|upserts[0].urn: Invalid URN 'nope'",
        "{\"upserts\": [{\"urn\": \"urn:meshlens:domain:x\", \"aspect\": \"colour\", \"value\": {}}]}|upserts[0].aspect (urn:meshlens:domain:x): Unknown aspect 'colour'",
        "{\"upserts\": [{\"urn\": \"urn:meshlens:domain:x\", \"aspect\": \"domainInfo\", \"value\": {\"name\": \" \"}}]}|upserts[0].value (urn:meshlens:domain:x): name must not be blank",
        "{\"upserts\": [{\"urn\": \"urn:meshlens:domain:x\", \"aspect\": \"schema\", \"value\": {\"fields\": [{\"name\": \"a\"}, {\"name\": \"a\"}]}}]}|duplicate field name 'a'",
        "{\"upserts\": [{\"urn\": \"urn:meshlens:domain:x\", \"aspect\": \"tags\", \"value\": {\"tags\": [{\"name\": \"\"}]}}]}|upserts[0].value.tags[0]",
        "{\"removals\": [42]}|removals[0]: must be a URN string",
        "{\"usage\": [{\"dataset\": \"urn:meshlens:domain:x\"}]}|usage[0]"
      })
  void malformed_batches_name_the_place_of_the_problem(String json, String expected) {
    assertThatThrownBy(() -> parser.fromJson(json, "test"))
        .isInstanceOf(InvalidBatchException.class)
        .hasMessageContaining("Batch rejected, nothing applied")
        .hasMessageContaining(expected);
  }

  @Test
  void every_problem_is_reported_not_only_the_first() {
    String json =
        "{\"removals\": [\"bad1\", \"bad2\"], \"upserts\": [{\"urn\": \"bad3\", \"aspect\": \"tags\"}]}";

    assertThatThrownBy(() -> parser.fromJson(json, "test"))
        .isInstanceOfSatisfying(
            InvalidBatchException.class,
            e -> assertThat(e.violations()).hasSizeGreaterThanOrEqualTo(3));
  }
}
