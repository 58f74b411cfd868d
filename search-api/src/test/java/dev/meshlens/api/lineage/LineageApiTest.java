package dev.meshlens.api.lineage;

import static dev.meshlens.api.lineage.FoodDeliverySeed.job;
import static dev.meshlens.api.lineage.FoodDeliverySeed.table;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meshlens.api.ingest.PushServer;
import dev.meshlens.catalog.Urn;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The lineage endpoints over real HTTP on the Marquez food-delivery seed pushed through {@code POST
 * /api/v1/lineage}; the expected sets are read off the events (see {@link FoodDeliverySeed}).
 */
class LineageApiTest {
  @TempDir static Path dir;
  static PushServer server;

  @BeforeAll
  static void start() {
    server = PushServer.start(dir);
    FoodDeliverySeed.push(server);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static String q(Urn urn) {
    return URLEncoder.encode(urn.toString(), UTF_8);
  }

  static JsonNode ok(String pathAndQuery) {
    HttpResponse<String> response = server.get(pathAndQuery);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    return server.tree(response.body());
  }

  static List<Object[]> nodes(JsonNode answer) {
    List<Object[]> nodes = new ArrayList<>();
    answer
        .path("nodes")
        .forEach(n ->
            nodes.add(
                new Object[] {
                  Urn.parse(n.path("urn").asText()).localName(), n.path("distance").asInt()
                }));
    return nodes;
  }

  @Test
  void everything_upstream_of_top_delivery_times() {
    JsonNode answer =
        ok(
            "/api/v1/lineage?urn="
                + q(table("top_delivery_times"))
                + "&direction=upstream&depth=10");

    assertThat(nodes(answer))
        .extracting(n -> tuple(n[0], n[1]))
        .containsExactlyInAnyOrder(
            tuple("public.top_delivery_times", 0),
            tuple("public.delivery_7_days", 1),
            tuple("public.orders_7_days", 2),
            tuple("public.customers", 2),
            tuple("public.order_status", 2),
            tuple("public.drivers", 2),
            tuple("public.restaurants", 2),
            tuple("public.menu_item_id", 2),
            tuple("public.menus", 3),
            tuple("public.menu_items", 3),
            tuple("public.orders", 3),
            tuple("public.categories", 3));
    assertThat(answer.path("nodes").get(0).path("urn").asText())
        .as("the start first")
        .isEqualTo(table("top_delivery_times").toString());
    assertThat(answer.path("nodes").get(0).path("type").asText()).isEqualTo("dataset");
    assertThat(answer.path("truncated").asBoolean()).isFalse();
    assertThat(answer.path("limits").path("depth").asInt()).isEqualTo(10);
    assertThat(answer.path("limits").path("nodeCap").asInt()).isEqualTo(2000);
    assertThat(answer.path("limits").path("nodesBeyondDepth").asLong()).isZero();
    assertThat(answer.path("edges"))
        .extracting(
            e -> e.path("from").asText(), e -> e.path("to").asText(), e -> e.path("via").asText())
        .contains(
            tuple(
                table("delivery_7_days").toString(),
                table("top_delivery_times").toString(),
                job("delivery_times_7_days").toString()),
            tuple(
                table("orders").toString(),
                table("orders_7_days").toString(),
                job("etl_orders_7_days").toString()));
  }

  @Test
  void everything_downstream_of_orders_and_of_customers() {
    JsonNode orders =
        ok("/api/v1/lineage?urn=" + q(table("orders")) + "&direction=downstream&depth=10");
    JsonNode customers =
        ok("/api/v1/lineage?urn=" + q(table("customers")) + "&direction=DOWNSTREAM&depth=10");

    assertThat(nodes(orders))
        .extracting(n -> tuple(n[0], n[1]))
        .containsExactlyInAnyOrder(
            tuple("public.orders", 0),
            tuple("public.orders_7_days", 1),
            tuple("public.delivery_7_days", 2),
            tuple("public.top_delivery_times", 3),
            tuple("public.discounts", 3),
            tuple("public.popular_orders_day_of_week", 4));
    assertThat(nodes(customers))
        .extracting(n -> tuple(n[0], n[1]))
        .containsExactlyInAnyOrder(
            tuple("public.customers", 0),
            tuple("public.delivery_7_days", 1),
            tuple("public.popular_orders_day_of_week", 1),
            tuple("public.top_delivery_times", 2),
            tuple("public.discounts", 2));
  }

  @Test
  void the_defaults_are_both_ways_three_hops_datasets_and_the_configured_node_cap() {
    JsonNode answer = ok("/api/v1/lineage?urn=" + q(table("delivery_7_days")));

    assertThat(nodes(answer))
        .extracting(n -> tuple(n[0], n[1]))
        .containsExactlyInAnyOrder(
            tuple("public.delivery_7_days", 0),
            tuple("public.orders_7_days", 1),
            tuple("public.customers", 1),
            tuple("public.order_status", 1),
            tuple("public.drivers", 1),
            tuple("public.restaurants", 1),
            tuple("public.menu_item_id", 1),
            tuple("public.menus", 2),
            tuple("public.menu_items", 2),
            tuple("public.orders", 2),
            tuple("public.categories", 2),
            tuple("public.top_delivery_times", 1),
            tuple("public.discounts", 1),
            tuple("public.popular_orders_day_of_week", 2));
    assertThat(answer.path("limits").path("depth").asInt()).isEqualTo(3);
    assertThat(answer.path("limits").path("nodeCap").asInt()).isEqualTo(2000);
    assertThat(answer.path("limits").path("edgeCap").asInt()).isEqualTo(10_000);
    assertThat(answer.path("truncated").asBoolean()).isFalse();
  }

  @Test
  void a_shallow_walk_says_how_many_nodes_lie_beyond_its_depth() {
    JsonNode answer =
        ok("/api/v1/lineage?urn=" + q(table("top_delivery_times")) + "&direction=upstream&depth=1");

    assertThat(nodes(answer))
        .extracting(n -> n[0])
        .containsExactlyInAnyOrder("public.top_delivery_times", "public.delivery_7_days");
    assertThat(answer.path("truncated").asBoolean()).isTrue();
    assertThat(answer.path("limits").path("nodesBeyondDepth").asLong())
        .as("the six inputs of etl_delivery_7_days, one hop further")
        .isEqualTo(6);
    assertThat(answer.path("limits").path("nodesOverCap").asLong()).isZero();
    assertThat(answer.path("limits").path("countsExact").asBoolean()).isTrue();
  }

  @Test
  void a_node_cap_keeps_the_nearest_nodes_and_counts_the_others() {
    JsonNode answer =
        ok(
            "/api/v1/lineage?urn="
                + q(table("top_delivery_times"))
                + "&direction=upstream&depth=10&nodeCap=3");

    assertThat(answer.path("nodes")).hasSize(3);
    assertThat(nodes(answer).subList(0, 2))
        .extracting(n -> tuple(n[0], n[1]))
        .containsExactly(tuple("public.top_delivery_times", 0), tuple("public.delivery_7_days", 1));
    assertThat(answer.path("truncated").asBoolean()).isTrue();
    assertThat(answer.path("limits").path("nodesOverCap").asLong())
        .as("12 datasets upstream, 3 answered")
        .isEqualTo(9);
  }

  @Test
  void column_lineage_follows_the_events_column_lineage_facets() {
    JsonNode answer =
        ok(
            "/api/v1/lineage?urn="
                + q(table("top_delivery_times").field("customer_email"))
                + "&direction=upstream&depth=5&level=column");

    assertThat(answer.path("nodes"))
        .extracting(n -> n.path("urn").asText(), n -> n.path("type").asText())
        .containsExactlyInAnyOrder(
            tuple(table("top_delivery_times").field("customer_email").toString(), "field"),
            tuple(table("delivery_7_days").field("customer_email").toString(), "field"),
            tuple(table("customers").field("email").toString(), "field"));
    assertThat(answer.path("edges"))
        .extracting(e -> e.path("via").asText())
        .containsOnly(
            job("delivery_times_7_days").toString(), job("etl_delivery_7_days").toString());
  }

  @Test
  void impact_lists_every_downstream_dataset_with_its_distance() {
    JsonNode impact = ok("/api/v1/lineage/impact?urn=" + q(table("orders")));

    assertThat(impact.path("urn").asText()).isEqualTo(table("orders").toString());
    assertThat(impact.path("datasets"))
        .extracting(
            d -> Urn.parse(d.path("urn").asText()).localName(), d -> d.path("distance").asInt())
        .containsExactlyInAnyOrder(
            tuple("public.orders_7_days", 1),
            tuple("public.delivery_7_days", 2),
            tuple("public.top_delivery_times", 3),
            tuple("public.discounts", 3),
            tuple("public.popular_orders_day_of_week", 4));
    List<Long> usage = new ArrayList<>();
    impact.path("datasets").forEach(d -> usage.add(d.path("usage").asLong()));
    assertThat(usage)
        .as("ordered by usage, most used first")
        .isSortedAccordingTo((a, b) -> Long.compare(b, a));
    assertThat(impact.path("products")).as("the seed has no products").isEmpty();
    assertThat(impact.path("truncated").asBoolean()).isFalse();
  }

  @Test
  void the_shortest_path_either_way_and_a_404_problem_when_there_is_none() {
    JsonNode down =
        ok(
            "/api/v1/lineage/path?from="
                + q(table("orders"))
                + "&to="
                + q(table("popular_orders_day_of_week")));
    JsonNode up =
        ok(
            "/api/v1/lineage/path?from="
                + q(table("popular_orders_day_of_week"))
                + "&to="
                + q(table("orders")));
    HttpResponse<String> none =
        server.get(
            "/api/v1/lineage/path?from="
                + q(table("top_delivery_times"))
                + "&to="
                + q(table("discounts")));

    assertThat(down.path("direction").asText()).isEqualTo("downstream");
    assertThat(down.path("length").asInt()).isEqualTo(4);
    assertThat(down.path("nodes"))
        .extracting(n -> Urn.parse(n.path("urn").asText()).localName())
        .containsExactly(
            "public.orders",
            "public.orders_7_days",
            "public.delivery_7_days",
            "public.top_delivery_times",
            "public.popular_orders_day_of_week");
    assertThat(down.path("edges")).hasSize(4);
    assertThat(up.path("direction").asText()).isEqualTo("upstream");
    assertThat(up.path("nodes").get(0).path("urn").asText())
        .isEqualTo(table("popular_orders_day_of_week").toString());
    JsonNode first = up.path("edges").get(0);
    assertThat(List.of(first.path("from").asText(), first.path("to").asText()))
        .as("edges follow the nodes, each in the direction data flows")
        .containsExactly(
            table("top_delivery_times").toString(), table("popular_orders_day_of_week").toString());
    assertThat(none.statusCode()).isEqualTo(404);
    assertThat(none.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    JsonNode problem = server.tree(none.body());
    assertThat(problem.path("type").asText()).endsWith("/lineage-path-not-found");
    assertThat(problem.path("detail").asText())
        .isEqualTo(
            "No lineage path between "
                + table("top_delivery_times")
                + " and "
                + table("discounts")
                + ": data flows from neither to the other");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "/api/v1/lineage                                      | 400 | invalid-parameter"
            + " | Query parameter 'urn' is required",
        "/api/v1/lineage?urn=orders                           | 400 | invalid-urn | orders",
        "/api/v1/lineage?urn=urn:meshlens:dataset:(x          | 400 | invalid-urn"
            + " | urn:meshlens:dataset:(x",
        "/api/v1/lineage?urn=urn:meshlens:dataset:(pg,nowhere) | 404 | asset-not-found"
            + " | urn:meshlens:dataset:(pg,nowhere)",
        "/api/v1/lineage?urn=@orders&depth=0                  | 400 | invalid-parameter"
            + " | Query parameter 'depth' must be in [1, 20], got 0",
        "/api/v1/lineage?urn=@orders&depth=21                 | 400 | invalid-parameter"
            + " | Query parameter 'depth' must be in [1, 20], got 21",
        "/api/v1/lineage?urn=@orders&depth=ten                | 400 | invalid-parameter"
            + " | Query parameter 'depth' must be a whole number, got 'ten'",
        "/api/v1/lineage?urn=@orders&direction=sideways       | 400 | invalid-parameter"
            + " | Query parameter 'direction' must be one of upstream, downstream, both;"
            + " got 'sideways'",
        "/api/v1/lineage?urn=@orders&level=table              | 400 | invalid-parameter"
            + " | Query parameter 'level' must be one of dataset, column; got 'table'",
        "/api/v1/lineage?urn=@orders&nodeCap=0                | 400 | invalid-parameter"
            + " | Query parameter 'nodeCap' must be in [1, 10000], got 0",
        "/api/v1/lineage?urn=@orders&deep=3                   | 400 | invalid-parameter"
            + " | Query parameter 'deep' is not known",
        "/api/v1/lineage?urn=@orders&depth=2&depth=3          | 400 | invalid-parameter"
            + " | Query parameter 'depth' must be given once, got 2",
        "/api/v1/lineage?urn=@etl_orders                      | 400 | invalid-request"
            + " | dataset-level lineage starts at a dataset or a product",
        "/api/v1/lineage/impact                               | 400 | invalid-parameter"
            + " | Query parameter 'urn' is required",
        "/api/v1/lineage/impact?urn=urn:meshlens:dataset:(pg,nowhere) | 404 | asset-not-found"
            + " | urn:meshlens:dataset:(pg,nowhere)",
        "/api/v1/lineage/path?from=@orders                    | 400 | invalid-parameter"
            + " | Query parameter 'to' is required",
        "/api/v1/lineage/path?from=@orders&to=@etl_orders     | 400 | invalid-request"
            + " | a path joins two datasets or two fields",
        "/api/v1/lineage/path?from=@orders&to=nothing         | 400 | invalid-urn | nothing",
      })
  void bad_input_is_a_clear_problem_and_changes_nothing(
      String request, int status, String type, String detail) {
    String path =
        request
            .replace("@orders", q(table("orders")))
            .replace("@etl_orders", q(job("etl_orders")))
            .replace("(", "%28")
            .replace(")", "%29");
    long sequence = server.store().lastSequence();
    long applied = server.lineageGraph().appliedSequence();

    HttpResponse<String> response = server.get(path);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    JsonNode problem = server.tree(response.body());
    assertThat(problem.path("status").asInt()).isEqualTo(status);
    assertThat(problem.path("type").asText()).endsWith("/" + type);
    assertThat(problem.path("detail").asText()).contains(detail);
    assertThat(server.store().lastSequence()).isEqualTo(sequence);
    assertThat(server.lineageGraph().appliedSequence()).isEqualTo(applied);
  }
}
