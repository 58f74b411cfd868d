package dev.meshlens.api.openlineage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meshlens.api.ingest.PushServer;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.model.Run;
import dev.meshlens.catalog.model.RunState;
import dev.meshlens.catalog.model.Schema;
import io.openlineage.client.OpenLineage;
import io.openlineage.client.OpenLineage.RunEvent;
import io.openlineage.client.OpenLineage.RunEvent.EventType;
import io.openlineage.client.OpenLineageClient;
import io.openlineage.client.OpenLineageClientUtils;
import io.openlineage.client.transports.ApiKeyTokenProvider;
import io.openlineage.client.transports.HttpConfig;
import io.openlineage.client.transports.HttpTransport;
import io.openlineage.client.transports.HttpTransportResponseException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The real OpenLineage Java client (HttpTransport) pushing to a running server. */
class OpenLineageClientTest {
  static final String SOURCE_NS = "postgres://shop-db:5432";
  static final Urn JOB = Urn.job("shop-pipelines", "shop.build_daily_revenue");
  static final Urn ORDERS = Urn.dataset(SOURCE_NS, "shop.public.orders");
  static final Urn REVENUE = Urn.dataset(SOURCE_NS, "shop.mart.daily_revenue");
  static final ZonedDateTime STARTED = ZonedDateTime.parse("2026-05-04T03:00:00Z");

  @TempDir Path dir;
  PushServer server;
  final OpenLineage ol = new OpenLineage(URI.create("https://meshlens.dev/tests"));

  @BeforeEach
  void start() {
    server = PushServer.start(dir);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  OpenLineageClient client(boolean gzip) {
    HttpConfig config = new HttpConfig();
    config.setUrl(URI.create(server.url()));
    ApiKeyTokenProvider auth = new ApiKeyTokenProvider();
    auth.setApiKey(server.adminSecret());
    config.setAuth(auth);
    if (gzip) {
      config.setCompression(HttpConfig.Compression.GZIP);
    }
    return new OpenLineageClient(new HttpTransport(config));
  }

  RunEvent event(EventType type, UUID runId, ZonedDateTime time, boolean withInputs) {
    OpenLineage.SchemaDatasetFacet schema =
        ol.newSchemaDatasetFacetBuilder()
            .fields(
                List.of(
                    ol.newSchemaDatasetFacetFieldsBuilder().name("day").type("DATE").build(),
                    ol.newSchemaDatasetFacetFieldsBuilder()
                        .name("revenue")
                        .type("DECIMAL")
                        .description("Revenue of the day, in EUR")
                        .build()))
            .build();
    return ol.newRunEventBuilder()
        .eventType(type)
        .eventTime(time)
        .run(ol.newRunBuilder().runId(runId).build())
        .job(ol.newJobBuilder().namespace(JOB.part(0)).name(JOB.part(1)).build())
        .inputs(
            withInputs
                ? List.of(
                    ol.newInputDatasetBuilder().namespace(SOURCE_NS).name(ORDERS.part(1)).build())
                : List.of())
        .outputs(
            List.of(
                ol.newOutputDatasetBuilder()
                    .namespace(SOURCE_NS)
                    .name(REVENUE.part(1))
                    .facets(ol.newDatasetFacetsBuilder().schema(schema).build())
                    .build()))
        .build();
  }

  @ParameterizedTest(name = "gzip: {0}")
  @ValueSource(booleans = {false, true})
  void a_start_and_a_complete_from_the_real_client_are_stored(boolean gzip) throws Exception {
    UUID runId = UUID.randomUUID();
    try (OpenLineageClient client = client(gzip)) {
      client.emit(event(EventType.START, runId, STARTED, true));
      client.emit(event(EventType.COMPLETE, runId, STARTED.plusMinutes(4), false));
    }

    Run run = server.store().findRun(runId.toString()).orElseThrow();
    assertThat(run.state()).isEqualTo(RunState.COMPLETE);
    assertThat(run.startedAt()).isEqualTo(STARTED.toInstant());
    assertThat(run.endedAt()).isEqualTo(STARTED.plusMinutes(4).toInstant());
    JsonNode job = server.asset(JOB);
    assertThat(job.path("type").asText()).isEqualTo("job");
    assertThat(job.path("aspects").path("jobLineage").path("inputs"))
        .extracting(JsonNode::asText)
        .containsExactly(ORDERS.toString());
    assertThat(job.path("aspects").path("jobLineage").path("outputs"))
        .extracting(JsonNode::asText)
        .containsExactly(REVENUE.toString());
    assertThat(job.path("sources").findValuesAsText("source")).contains(LineagePush.SOURCE);
    JsonNode revenue = server.asset(REVENUE);
    assertThat(revenue.path("aspects").path("schema").path("fields").findValuesAsText("name"))
        .containsExactly("day", "revenue");
    assertThat(server.store().loadAsset(REVENUE).aspect(Schema.class).orElseThrow().fields())
        .extracting(f -> f.description())
        .containsExactly(null, "Revenue of the day, in EUR");
  }

  @Test
  void an_invalid_event_surfaces_in_the_client_as_a_400() throws Exception {
    RunEvent invalid =
        OpenLineageClientUtils.runEventFromJson(
            Files.readString(
                Material.path(
                    "openlineage-events/invalid/openlineage-fluentd__event_invalid_job_facet.json")));
    try (OpenLineageClient client = client(false)) {
      assertThatThrownBy(() -> client.emit(invalid))
          .isInstanceOf(HttpTransportResponseException.class)
          .hasMessageContaining("400")
          .hasMessageContaining("/job/facets/ownership/owners/0");
    }
  }
}
