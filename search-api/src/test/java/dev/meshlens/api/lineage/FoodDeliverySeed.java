package dev.meshlens.api.lineage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meshlens.api.ingest.PushServer;
import dev.meshlens.catalog.Urn;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The Marquez food-delivery seed (26 OpenLineage events, 13 jobs, 13 datasets) pushed one by one
 * through {@code POST /api/v1/lineage}. Read off the events: etl_orders_7_days reads menus,
 * menu_items, orders, categories and writes orders_7_days; etl_delivery_7_days reads orders_7_days,
 * customers, order_status, drivers, restaurants (and, through its column lineage, the misspelt
 * menu_item_id) and writes delivery_7_days; delivery_times_7_days reads delivery_7_days and writes
 * top_delivery_times and discounts; orders_popular_day_of_week reads top_delivery_times and
 * customers and writes popular_orders_day_of_week; email_discounts reads discounts and customers
 * and writes nothing.
 */
public final class FoodDeliverySeed {
  public static final String NAMESPACE = "food_delivery";

  private FoodDeliverySeed() {}

  public static Urn table(String name) {
    return Urn.dataset(NAMESPACE, "public." + name);
  }

  public static Urn job(String name) {
    return Urn.job(NAMESPACE, name);
  }

  /** Pushes the 26 events, then waits for the lineage graph to apply them. */
  public static void push(PushServer server) {
    JsonNode events = server.tree(read());
    assertThat(events).hasSize(26);
    for (JsonNode event : events) {
      assertThat(server.post("/api/v1/lineage", event.toString()).statusCode()).isEqualTo(201);
    }
    server.lineageGraph().catchUp();
  }

  private static String read() {
    Path root = Path.of("").toAbsolutePath();
    while (root != null && !Files.isDirectory(root.resolve("shared/material"))) {
      root = root.getParent();
    }
    if (root == null) {
      throw new IllegalStateException("No shared/material above the working directory");
    }
    try {
      return Files.readString(
          root.resolve(
              "shared/material/openlineage-events/marquez-food-delivery-seed/"
                  + "metadata.filled.DERIVED.json"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
