package dev.meshlens.catalog;

import dev.meshlens.catalog.model.Classification;
import dev.meshlens.catalog.model.DatasetInfo;
import dev.meshlens.catalog.model.Field;
import dev.meshlens.catalog.model.Membership;
import dev.meshlens.catalog.model.Schema;
import java.util.List;
import java.util.Map;

/** Small, real-shaped catalog content for tests. */
public final class Fixtures {
  public static final String PG = "postgres://sales-db.acme.internal:5432";
  public static final Urn SALES = Urn.domain("sales");
  public static final Urn ORDERS_PRODUCT = Urn.product("sales", "orders");
  public static final Urn ORDERS = Urn.dataset(PG, "sales_orders.public.orders");
  public static final Urn ORDER_LINES = Urn.dataset(PG, "sales_orders.public.order_lines");

  private Fixtures() {}

  public static Schema ordersSchema() {
    return new Schema(
        List.of(
            new Field("order_id", "bigint", false, "Order number", List.of(), List.of(), null),
            new Field(
                "customer_email",
                "text",
                true,
                null,
                List.of(),
                List.of(),
                new Classification(Classification.Sensitivity.RESTRICTED, true)),
            Field.of("ordered_at", "timestamp")),
        List.of("order_id"),
        List.of());
  }

  public static DatasetInfo ordersInfo(String description) {
    return new DatasetInfo(
        "orders", description, "postgres", "table", null, 1200L, Map.of("owner_team", "sales"));
  }

  /** A batch describing the orders dataset as a JDBC crawler would. */
  public static Batch ordersFromJdbc() {
    return Batch.builder("jdbc:sales-orders")
        .upsert(ORDERS, ordersInfo(null))
        .upsert(ORDERS, ordersSchema())
        .upsert(ORDERS, new Membership(SALES, ORDERS_PRODUCT))
        .build();
  }
}
