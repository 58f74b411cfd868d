package dev.meshlens.api.profile;

import static dev.meshlens.api.profile.ProfileMesh.ALICE;
import static dev.meshlens.api.profile.ProfileMesh.BUILD_REVENUE;
import static dev.meshlens.api.profile.ProfileMesh.CONTRACT;
import static dev.meshlens.api.profile.ProfileMesh.CUSTOMERS;
import static dev.meshlens.api.profile.ProfileMesh.FINANCE;
import static dev.meshlens.api.profile.ProfileMesh.LOAD_ORDERS;
import static dev.meshlens.api.profile.ProfileMesh.NOW;
import static dev.meshlens.api.profile.ProfileMesh.ORDERS;
import static dev.meshlens.api.profile.ProfileMesh.ORDERS_PRODUCT;
import static dev.meshlens.api.profile.ProfileMesh.ORDER_LINES;
import static dev.meshlens.api.profile.ProfileMesh.RAW_ORDERS;
import static dev.meshlens.api.profile.ProfileMesh.REVENUE;
import static dev.meshlens.api.profile.ProfileMesh.REVENUE_TERM;
import static dev.meshlens.api.profile.ProfileMesh.SALES;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meshlens.api.ServerConfig;
import dev.meshlens.api.ingest.PushServer;
import dev.meshlens.catalog.Batch;
import dev.meshlens.catalog.CatalogStore;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.sqlite.SqliteCatalogStore;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code GET /api/v1/assets/{urn}} over real HTTP on a real server whose catalog ({@link
 * ProfileMesh}) was written before it started: the numbers a user sees, worked out by hand.
 */
class ProfileApiTest {
  @TempDir static Path dir;
  static PushServer server;

  @BeforeAll
  static void start() {
    try (CatalogStore store =
        SqliteCatalogStore.open(ServerConfig.defaults().withDataDir(dir).catalogFile())) {
      for (Batch batch : ProfileMesh.batches()) {
        store.apply(batch);
      }
    }
    server = PushServer.start(dir);
    server.meshlens().healthScores().recomputeNow("test");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static JsonNode profile(Urn urn) {
    HttpResponse<String> response = get(urn);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return server.tree(response.body());
  }

  static HttpResponse<String> get(Urn urn) {
    return server.get("/api/v1/assets/" + urn.toPathSegment());
  }

  @Test
  void a_dataset_profile_shows_identity_membership_owners_tags_terms_and_schema() {
    JsonNode orders = profile(ORDERS);

    assertThat(orders.path("type").asText()).isEqualTo("dataset");
    assertThat(orders.path("name").asText()).isEqualTo("orders");
    assertThat(orders.path("description").asText()).isEqualTo("The orders");
    assertThat(orders.path("domain").asText()).isEqualTo(SALES.toString());
    assertThat(orders.path("domainName").asText()).isEqualTo("Sales");
    assertThat(orders.path("productName").asText()).isEqualTo("Orders");
    assertThat(orders.path("owners").get(0).path("name").asText()).isEqualTo("Alice Doe");
    assertThat(orders.path("tags").get(0).asText()).isEqualTo("gold");
    assertThat(orders.path("glossaryTerms").get(0).path("name").asText()).isEqualTo("Revenue");
    JsonNode schema = orders.path("schema");
    assertThat(schema.path("known").asBoolean()).isTrue();
    assertThat(schema.path("columns").findValuesAsText("name"))
        .containsExactly("id", "amount", "customer", "channel");
    assertThat(schema.path("columns").get(1).path("type").asText()).isEqualTo("numeric");
    assertThat(schema.path("columns").get(1).path("description").asText())
        .isEqualTo("Total in EUR");
    assertThat(schema.path("columns").findValues("upstreamColumns"))
        .as("amount comes from two raw columns, customer from one, id and channel from none")
        .extracting(JsonNode::asInt)
        .containsExactly(0, 2, 1, 0);
  }

  @Test
  void usage_counts_30_and_90_days_distinct_users_and_jobs_the_daily_series_and_the_trend() {
    JsonNode usage = profile(ORDERS).path("usage");

    assertThat(usage.path("known").asBoolean()).isTrue();
    assertThat(usage.path("last30Days").path("events").asLong()).isEqualTo(10);
    assertThat(usage.path("last30Days").path("users").asInt()).isEqualTo(2);
    assertThat(usage.path("last30Days").path("jobs").asInt()).isEqualTo(1);
    assertThat(usage.path("last90Days").path("events").asLong())
        .as("dave's use 100 days ago is out")
        .isEqualTo(13);
    assertThat(usage.path("last90Days").path("users").asInt()).isEqualTo(3);
    JsonNode daily = usage.path("daily");
    assertThat(daily).hasSize(30);
    assertThat(daily.get(29).path("date").asText()).isEqualTo("2026-10-15");
    assertThat(daily.get(29).path("events").asLong()).isEqualTo(3);
    assertThat(daily.get(28).path("events").asLong()).isEqualTo(2);
    assertThat(daily.get(24).path("jobs").asInt()).as("svc-revenue 5 days ago").isEqualTo(1);
    assertThat(daily.get(0).path("date").asText()).isEqualTo("2026-09-16");
    assertThat(usage.path("topConsumers").findValuesAsText("principal"))
        .containsExactly("alice", "svc-revenue", "bob", "carol");
    assertThat(usage.path("topConsumers").get(0).path("events").asLong()).isEqualTo(7);
    assertThat(usage.path("topConsumers").get(1).path("kind").asText()).isEqualTo("job");
    assertThat(usage.path("trend").path("direction").asText()).isEqualTo("up");
    assertThat(usage.path("trend").path("previous30Days").asLong()).isEqualTo(2);
    assertThat(usage.path("trend").path("changePercent").asDouble()).isEqualTo(400.0);
  }

  @Test
  void quality_shows_the_latest_result_of_each_check_and_the_30_day_pass_rate() {
    JsonNode quality = profile(ORDERS).path("quality");

    assertThat(quality.path("checks").asInt())
        .as("two checks on the dataset, one rule in its contract")
        .isEqualTo(3);
    assertThat(quality.path("passing").asInt()).isEqualTo(1);
    assertThat(quality.path("passRate30Days").asDouble())
        .as("2 of the 3 results of the last 30 days passed")
        .isEqualTo(2.0 / 3);
    JsonNode latest = quality.path("latest");
    assertThat(latest.findValuesAsText("check"))
        .containsExactly("not_null_id", "unique_id", "rows_positive");
    assertThat(latest.get(0).path("passed").asBoolean()).isFalse();
    assertThat(latest.get(0).path("message").asText()).isEqualTo("3 null ids");
    assertThat(latest.get(1).path("passed").asBoolean()).isTrue();
    assertThat(latest.get(2).has("passed")).as("no result for the contract rule").isFalse();
    assertThat(quality.path("history")).hasSize(4);
  }

  @Test
  void freshness_compares_the_last_completed_run_with_the_contract_sla() {
    JsonNode late = profile(ORDERS).path("freshness");
    JsonNode onTime = profile(ORDER_LINES).path("freshness");

    assertThat(late.path("status").asText()).isEqualTo("late");
    assertThat(late.path("ageMinutes").asLong()).isEqualTo(25 * 60);
    assertThat(late.path("slaMinutes").asLong()).isEqualTo(6 * 60);
    assertThat(late.path("lastUpdate").asText()).isEqualTo(ProfileMesh.hours(25).toString());
    assertThat(onTime.path("status").asText()).isEqualTo("on-time");
    assertThat(onTime.path("ageMinutes").asLong()).isEqualTo(60);
  }

  @Test
  void runs_contract_and_lineage_of_a_dataset() {
    JsonNode orders = profile(ORDERS);

    JsonNode runs = orders.path("runs");
    assertThat(runs.path("recent").findValuesAsText("runId")).containsExactly("r2", "r1");
    assertThat(runs.path("recent").get(0).path("state").asText()).isEqualTo("FAIL");
    assertThat(runs.path("recent").get(0).path("error").asText()).isEqualTo("boom");
    assertThat(runs.path("successRate30Days").asDouble()).isEqualTo(0.5);
    JsonNode contract = orders.path("contract");
    assertThat(contract.path("urn").asText()).isEqualTo(CONTRACT.toString());
    assertThat(contract.path("status").asText()).isEqualTo("active");
    assertThat(contract.path("port").asText()).isEqualTo("orders-port");
    assertThat(contract.path("qualityRules").findValuesAsText("id"))
        .containsExactly("rows_positive");
    JsonNode lineage = orders.path("lineage");
    assertThat(lineage.path("upstream").path("count").asInt()).isEqualTo(1);
    assertThat(lineage.path("upstream").path("top").findValuesAsText("urn"))
        .containsExactly(RAW_ORDERS.toString());
    assertThat(lineage.path("upstream").path("jobs").findValuesAsText("urn"))
        .containsExactly(LOAD_ORDERS.toString());
    assertThat(lineage.path("downstream").path("top").get(0).path("urn").asText())
        .isEqualTo(REVENUE.toString());
    assertThat(lineage.path("downstream").path("top").get(0).path("usage30Days").asLong())
        .isEqualTo(1);
    assertThat(lineage.path("downstream").path("hidden").asInt()).isZero();
  }

  @Test
  void history_marks_a_removed_column_breaking_and_an_added_one_not_with_source_and_actor() {
    JsonNode changes = profile(ORDERS).path("history").path("changes");

    List<JsonNode> schemaChanges = new ArrayList<>();
    changes.forEach(c -> {
      if (c.path("aspect").asText().equals("schema")) {
        schemaChanges.add(c);
      }
    });
    assertThat(schemaChanges).hasSize(3);
    JsonNode added = schemaChanges.get(0);
    assertThat(added.path("source").asText()).isEqualTo("jdbc:shop");
    assertThat(added.path("actor").asText()).isEqualTo("crawl:run-7");
    assertThat(added.path("schema").path("added").get(0).asText()).isEqualTo("channel");
    assertThat(added.path("schema").path("breaking").asBoolean()).isFalse();
    JsonNode removed = schemaChanges.get(1);
    assertThat(removed.path("actor").asText()).isEqualTo("ana@acme.example");
    assertThat(removed.path("schema").path("removed").get(0).asText()).isEqualTo("note");
    assertThat(removed.path("schema").path("breaking").asBoolean()).isTrue();
    assertThat(schemaChanges.get(2).has("schema"))
        .as("the first version has nothing to compare")
        .isFalse();
  }

  @Test
  void related_assets_are_the_same_product_and_datasets_used_by_the_same_principals() {
    JsonNode related = profile(ORDERS).path("related");

    assertThat(related.path("sameProduct").path("count").asLong()).isEqualTo(1);
    assertThat(related.path("sameProduct").path("items").findValuesAsText("urn"))
        .containsExactly(ORDER_LINES.toString());
    JsonNode together = related.path("usedTogether").path("items");
    assertThat(together.findValuesAsText("urn"))
        .containsExactly(CUSTOMERS.toString(), REVENUE.toString());
    assertThat(together.findValues("sharedConsumers"))
        .extracting(JsonNode::asInt)
        .containsExactly(2, 1);
  }

  @Test
  void unknown_sections_are_present_and_say_why() {
    JsonNode customers = profile(CUSTOMERS);
    JsonNode raw = profile(RAW_ORDERS);

    assertThat(customers.path("schema").path("known").asBoolean()).isFalse();
    assertThat(customers.path("schema").path("reason").asText())
        .isEqualTo("no source stated a schema");
    assertThat(customers.path("contract").path("reason").asText())
        .isEqualTo("it belongs to no data product, so no contract governs it");
    assertThat(customers.path("quality").path("reason").asText())
        .isEqualTo("no quality checks defined and no results recorded");
    assertThat(customers.path("runs").path("reason").asText())
        .isEqualTo("no job is known to produce it");
    assertThat(customers.path("freshness").path("reason").asText())
        .isEqualTo("no completed run of a job producing it is recorded");
    // scored, though with little to go on: the score says what it knows
    assertThat(customers.path("health").path("score").isNumber()).isTrue();
    assertThat(raw.path("usage").path("known").asBoolean()).isFalse();
    assertThat(raw.path("usage").path("reason").asText())
        .isEqualTo("no usage recorded in the last 90 days");
  }

  @Test
  void a_column_profile_shows_its_dataset_type_lineage_and_inherited_pii() {
    JsonNode customer = profile(ORDERS.field("customer"));
    JsonNode amount = profile(ORDERS.field("amount"));

    assertThat(customer.path("type").asText()).isEqualTo("field");
    assertThat(customer.path("dataset").path("urn").asText()).isEqualTo(ORDERS.toString());
    assertThat(customer.path("dataType").asText()).isEqualTo("text");
    assertThat(customer.path("inferredPii").path("known").asBoolean()).isTrue();
    assertThat(customer.path("inferredPii").path("origins").findValuesAsText("origin"))
        .containsExactly(RAW_ORDERS.field("customer_email").toString());
    assertThat(amount.path("lineage").path("upstream").path("count").asInt()).isEqualTo(2);
    assertThat(amount.path("lineage").path("downstream").path("columns").get(0).asText())
        .isEqualTo(REVENUE.field("total").toString());
    assertThat(amount.path("glossaryTerms").get(0).path("name").asText()).isEqualTo("Revenue");
  }

  @Test
  void product_domain_job_and_term_profiles() {
    JsonNode product = profile(ORDERS_PRODUCT);
    assertThat(product.path("status").asText()).isEqualTo("active");
    JsonNode port = product.path("outputPorts").get(0);
    assertThat(port.path("datasets").path("items").findValuesAsText("urn"))
        .containsExactly(ORDERS.toString(), ORDER_LINES.toString());
    assertThat(port.path("contract").path("sla").path("availabilityPercent").asDouble())
        .isEqualTo(99.5);
    assertThat(product.path("datasets").path("count").asLong()).isEqualTo(2);
    assertThat(product.path("consumers").path("items").findValuesAsText("urn"))
        .containsExactly(FINANCE.toString());
    assertThat(product.path("health").path("score").asDouble()).isBetween(0.0, 100.0);
    assertThat(product.path("health").path("components").size()).isPositive();

    JsonNode domain = profile(SALES);
    assertThat(domain.path("products").path("count").asLong()).isEqualTo(2);
    assertThat(domain.path("counts").path("dataset").asLong()).isEqualTo(5);
    assertThat(domain.path("counts").path("job").asLong()).isEqualTo(3);
    assertThat(domain.path("owners").findValuesAsText("urn")).containsExactly(ALICE.toString());

    JsonNode job = profile(BUILD_REVENUE);
    assertThat(job.path("inputs").path("items").findValuesAsText("urn"))
        .containsExactly(ORDERS.toString());
    assertThat(job.path("outputs").path("items").findValuesAsText("urn"))
        .containsExactly(REVENUE.toString());
    assertThat(job.path("sql").asText()).isEqualTo("insert into x select 1");
    assertThat(job.path("columnLineageEdges").asInt()).isEqualTo(1);
    assertThat(job.path("runs").path("reason").asText())
        .isEqualTo("no run of this job is recorded");
    assertThat(profile(LOAD_ORDERS).path("runs").path("recent")).hasSize(2);

    JsonNode term = profile(REVENUE_TERM);
    assertThat(term.path("description").asText()).isEqualTo("Money earned from sales");
    assertThat(term.path("synonyms").get(0).asText()).isEqualTo("turnover");
    assertThat(term.path("linkedAssets").path("items").findValuesAsText("urn"))
        .contains(ORDERS.toString());
  }

  @Test
  void an_unknown_asset_is_a_404_problem_and_a_malformed_urn_a_400() {
    HttpResponse<String> missing = get(Urn.dataset(ProfileMesh.PG, "shop.public.ghost"));
    HttpResponse<String> noColumn = get(ORDERS.field("ghost"));
    HttpResponse<String> malformed = server.get("/api/v1/assets/urn:meshlens:table:(a,b)");

    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");
    assertThat(server.tree(missing.body()).path("title").asText()).isEqualTo("Asset not found");
    assertThat(noColumn.statusCode()).isEqualTo(404);
    assertThat(malformed.statusCode()).isEqualTo(400);
    assertThat(server.tree(malformed.body()).path("detail").asText())
        .contains("Unknown asset type 'table'");
  }

  @Test
  void now_is_the_latest_usage_event_so_the_fixed_mesh_shows_numbers() {
    JsonNode freshness = profile(ORDERS).path("freshness");

    assertThat(freshness.path("now").asText()).isEqualTo(NOW.toString());
  }
}
