package dev.meshlens.lineage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meshlens.catalog.Batch;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.model.Classification;
import dev.meshlens.catalog.model.Field;
import dev.meshlens.catalog.model.Schema;
import dev.meshlens.indexer.crawl.openlineage.OpenLineageReplay;
import dev.meshlens.indexer.crawl.openlineage.OpenLineageValidator;
import dev.meshlens.indexer.crawl.support.Documents;
import dev.meshlens.indexer.crawl.support.Warnings;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Marquez food-delivery seed (26 OpenLineage events, 13 jobs) replayed into a real store the
 * way the OpenLineage reader does it, then asked for lineage. The expected sets are read off the
 * events: etl_orders_7_days reads menus, menu_items, orders, categories; etl_delivery_7_days reads
 * orders_7_days, customers, order_status, drivers, restaurants (and, through its column lineage,
 * the misspelt public.menu_item_id); delivery_times_7_days writes top_delivery_times and discounts;
 * orders_popular_day_of_week reads top_delivery_times and customers.
 */
class FoodDeliverySeedTest extends StoreFixture {
  private static final String NAMESPACE = "food_delivery";

  LineageGraph graph;

  static Urn table(String name) {
    return Urn.dataset(NAMESPACE, "public." + name);
  }

  @BeforeEach
  void replaySeed() {
    JsonNode events =
        Documents.read(
            Material.path(
                "openlineage-events/marquez-food-delivery-seed/metadata.filled.DERIVED.json"));
    OpenLineageReplay replay =
        new OpenLineageReplay("openlineage:food-delivery", new OpenLineageValidator());
    Warnings warnings = new Warnings();
    for (int i = 0; i < events.size(); i++) {
      replay.accept(events.get(i), "seed [" + i + "]", warnings);
    }
    replay.drain(1000).forEach(store::apply);
    assertThat(warnings.list()).as("the seed is schema-valid").isEmpty();
    graph = open();
  }

  @Test
  void everything_upstream_of_top_delivery_times() {
    LineageResult result =
        graph.lineage(
            LineageRequest.of(table("top_delivery_times"))
                .withDirection(Direction.UPSTREAM)
                .withDepth(10));

    assertThat(result.nodes())
        .extracting(n -> n.urn().localName(), LineageNode::distance)
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
    assertThat(result.truncated()).isFalse();
    assertThat(result.edges())
        .contains(
            new LineageEdge(
                table("delivery_7_days"),
                table("top_delivery_times"),
                Urn.job(NAMESPACE, "delivery_times_7_days"),
                null));
  }

  @Test
  void everything_downstream_of_orders_and_customers() {
    LineageRequest down =
        LineageRequest.of(table("orders")).withDirection(Direction.DOWNSTREAM).withDepth(10);

    assertThat(graph.lineage(down).nodes())
        .extracting(n -> n.urn().localName(), LineageNode::distance)
        .containsExactlyInAnyOrder(
            tuple("public.orders", 0),
            tuple("public.orders_7_days", 1),
            tuple("public.delivery_7_days", 2),
            tuple("public.top_delivery_times", 3),
            tuple("public.discounts", 3),
            tuple("public.popular_orders_day_of_week", 4));
    assertThat(
            graph
                .lineage(
                    new LineageRequest(
                        table("customers"), Direction.DOWNSTREAM, 10, Level.DATASET, 100))
                .nodes())
        .extracting(n -> n.urn().localName(), LineageNode::distance)
        .containsExactlyInAnyOrder(
            tuple("public.customers", 0),
            tuple("public.delivery_7_days", 1),
            tuple("public.popular_orders_day_of_week", 1),
            tuple("public.top_delivery_times", 2),
            tuple("public.discounts", 2));
    assertThat(
            graph.path(table("orders"), table("popular_orders_day_of_week")).orElseThrow().length())
        .isEqualTo(4);
  }

  @Test
  void column_lineage_and_pii_declared_on_customers_email() {
    store.apply(
        Batch.builder("steward:privacy")
            .upsert(
                table("customers"),
                Schema.of(
                    List.of(
                        new Field(
                            "email",
                            null,
                            null,
                            null,
                            List.of(),
                            List.of(),
                            new Classification(Classification.Sensitivity.RESTRICTED, true)))))
            .build());
    graph.catchUp();
    Urn email = table("customers").field("email");

    assertThat(
            graph
                .lineage(
                    new LineageRequest(
                        table("top_delivery_times").field("customer_email"),
                        Direction.UPSTREAM,
                        5,
                        Level.COLUMN,
                        100))
                .nodes())
        .extracting(LineageNode::urn, LineageNode::distance)
        .containsExactlyInAnyOrder(
            tuple(table("top_delivery_times").field("customer_email"), 0),
            tuple(table("delivery_7_days").field("customer_email"), 1),
            tuple(email, 2));
    assertThat(graph.inferredPii(table("discounts")))
        .containsExactly(new InferredPii(table("discounts").field("customer_email"), email, 2));
    assertThat(graph.inferredPii(table("popular_orders_day_of_week"))).isEmpty();
  }
}
