package dev.meshlens.api.openlineage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meshlens.api.ingest.PushServer;
import dev.meshlens.api.openlineage.RunEventJson.Dataset;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.model.DatasetInfo;
import dev.meshlens.catalog.model.JobLineage;
import dev.meshlens.catalog.model.Run;
import dev.meshlens.catalog.model.RunState;
import dev.meshlens.catalog.model.Schema;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What pushed events of one run, and of several runs, leave in the catalog, over HTTP. */
class PushSemanticsTest {
  static final String NS = "postgres://sales-db:5432";
  static final Dataset ORDERS =
      new Dataset(NS, "sales.public.orders", List.of("order_id", "total"));
  static final Dataset CUSTOMERS = new Dataset(NS, "sales.public.customers", List.of());
  static final Dataset DAILY = new Dataset(NS, "sales.mart.daily", List.of("day", "revenue"));
  static final Urn JOB = Urn.job("airflow", "sales.build_daily");
  static final Instant T0 = Instant.parse("2026-03-01T02:00:00Z");
  static final Instant T1 = Instant.parse("2026-03-01T02:07:00Z");

  @TempDir Path dir;
  PushServer server;

  @BeforeEach
  void start() {
    server = PushServer.start(dir);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  static RunEventJson event(String type, String runId, Instant time) {
    return new RunEventJson(type, runId, "airflow", "sales.build_daily", time);
  }

  static String start(String runId, Dataset... inputs) {
    RunEventJson event = event("START", runId, T0).sql("INSERT INTO daily SELECT ...");
    for (Dataset input : inputs) {
      event.input(input);
    }
    return event.output(DAILY).json();
  }

  /** A COMPLETE that lists only the output, as many integrations send it. */
  static String complete(String runId) {
    return event("COMPLETE", runId, T1).output(bare(DAILY)).rows(1200, 65536).json();
  }

  static Dataset bare(Dataset dataset) {
    return new Dataset(dataset.namespace(), dataset.name(), List.of());
  }

  static Urn urn(Dataset dataset) {
    return Urn.dataset(dataset.namespace(), dataset.name());
  }

  void push(String event) {
    assertThat(server.post("/api/v1/lineage", event).statusCode()).isEqualTo(201);
  }

  JobLineage lineage() {
    return server.store().loadAsset(JOB).aspect(JobLineage.class).orElseThrow();
  }

  @Test
  void a_complete_that_arrives_before_its_start_ends_in_the_same_final_state() {
    push(complete("run-1"));
    push(start("run-1", ORDERS, CUSTOMERS));

    Run run = server.store().findRun("run-1").orElseThrow();
    assertThat(run.state()).isEqualTo(RunState.COMPLETE);
    assertThat(run.startedAt()).isEqualTo(T0);
    assertThat(run.endedAt()).isEqualTo(T1);
    assertThat(run.inputs()).containsExactly(urn(ORDERS), urn(CUSTOMERS));
    assertThat(lineage().inputs()).containsExactly(urn(ORDERS), urn(CUSTOMERS));
    assertThat(lineage().outputs()).containsExactly(urn(DAILY));
    JsonNode asset = server.asset(JOB);
    assertThat(asset.path("aspects").path("jobLineage").path("inputs"))
        .extracting(JsonNode::asText)
        .containsExactly(urn(ORDERS).toString(), urn(CUSTOMERS).toString());
  }

  @Test
  void an_event_listing_only_outputs_keeps_the_inputs_and_facets_learnt_earlier_in_the_run() {
    push(start("run-1", ORDERS, CUSTOMERS));
    push(complete("run-1"));

    assertThat(lineage().inputs()).containsExactly(urn(ORDERS), urn(CUSTOMERS));
    assertThat(server.store().findRun("run-1").orElseThrow().state()).isEqualTo(RunState.COMPLETE);
    assertThat(server.store().loadAsset(urn(DAILY)).aspect(Schema.class).orElseThrow().fields())
        .extracting(f -> f.name())
        .containsExactly("day", "revenue");
    DatasetInfo daily = server.store().loadAsset(urn(DAILY)).aspect(DatasetInfo.class).get();
    assertThat(daily.rowCount()).isEqualTo(1200);
    assertThat(daily.properties()).containsEntry("dataSource", NS);
    assertThat(server.store().countUsage(urn(ORDERS), Instant.EPOCH, Instant.now()))
        .as("one run reads its input once, whatever its events repeat")
        .isEqualTo(1);
  }

  @Test
  void a_new_run_replaces_the_lineage_of_the_previous_one() {
    push(start("run-1", ORDERS));
    push(complete("run-1"));
    push(start("run-2", CUSTOMERS));

    assertThat(lineage().inputs()).containsExactly(urn(CUSTOMERS));
  }

  @Test
  void what_was_pushed_before_a_restart_is_kept_by_events_after_it(@TempDir Path other) {
    try (PushServer first = PushServer.start(other)) {
      assertThat(first.post("/api/v1/lineage", start("run-1", ORDERS)).statusCode()).isEqualTo(201);
    }
    try (PushServer again = PushServer.start(other)) {
      assertThat(again.post("/api/v1/lineage", complete("run-1")).statusCode()).isEqualTo(201);

      JobLineage lineage = again.store().loadAsset(JOB).aspect(JobLineage.class).orElseThrow();
      assertThat(lineage.inputs()).containsExactly(urn(ORDERS));
      assertThat(again.store().loadAsset(urn(DAILY)).aspect(Schema.class)).isPresent();
      assertThat(again.store().findRun("run-1").orElseThrow().startedAt()).isEqualTo(T0);
    }
  }
}
