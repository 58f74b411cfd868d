package dev.meshlens.lineage;

import dev.meshlens.catalog.Batch;
import dev.meshlens.catalog.CatalogStore;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.model.Classification;
import dev.meshlens.catalog.model.ColumnLineage;
import dev.meshlens.catalog.model.Field;
import dev.meshlens.catalog.model.JobLineage;
import dev.meshlens.catalog.model.Membership;
import dev.meshlens.catalog.model.Owner;
import dev.meshlens.catalog.model.Ownership;
import dev.meshlens.catalog.model.Port;
import dev.meshlens.catalog.model.ProductInfo;
import dev.meshlens.catalog.model.Schema;
import dev.meshlens.catalog.model.UsageEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A small hand-made mesh across three domains, with column lineage and one PII column:
 *
 * <pre>
 * customer/profile:  raw_customers (email: PII) -load_customers-> customers
 * sales/orders:      raw_orders -load_orders-> orders
 * customer/c360:     customers + orders -build_c360-> customer_360
 * (no product):      customer_360 -build_segments-> tmp_segments
 * marketing/segments tmp_segments -publish_segments-> segments
 * </pre>
 *
 * Usage over the last days: segments 10, customer_360 5, customers 1.
 */
final class SmallMesh {
  static final String SOURCE = "test:small-mesh";
  static final Urn PROFILE = Urn.product("customer", "profile");
  static final Urn ORDERS_PRODUCT = Urn.product("sales", "orders");
  static final Urn C360 = Urn.product("customer", "c360");
  static final Urn SEGMENTS_PRODUCT = Urn.product("marketing", "segments");
  static final Urn CRM_TEAM = Urn.owner("team:crm");
  static final Urn ANALYTICS_TEAM = Urn.owner("team:analytics");

  private SmallMesh() {}

  static Urn ds(String name) {
    return StoreFixture.ds(name);
  }

  static Urn col(String dataset, String column) {
    return ds(dataset).field(column);
  }

  static void write(CatalogStore store) {
    Batch.Builder b = Batch.builder(SOURCE);
    member(b, "raw_customers", PROFILE);
    member(b, "customers", PROFILE);
    member(b, "raw_orders", ORDERS_PRODUCT);
    member(b, "orders", ORDERS_PRODUCT);
    member(b, "customer_360", C360);
    member(b, "segments", SEGMENTS_PRODUCT);
    b.upsert(ds("raw_customers"), new Ownership(List.of(new Owner(CRM_TEAM, "owner"))));
    b.upsert(ds("customers"), new Ownership(List.of(new Owner(CRM_TEAM, "owner"))));
    b.upsert(
        ds("raw_customers"),
        Schema.of(
            List.of(
                new Field(
                    "email",
                    "text",
                    false,
                    "e-mail address",
                    List.of(),
                    List.of(),
                    new Classification(Classification.Sensitivity.CONFIDENTIAL, true)),
                Field.of("country", "text"))));
    product(b, PROFILE, "customers");
    product(b, ORDERS_PRODUCT, "orders");
    product(b, C360, "customer_360");
    product(b, SEGMENTS_PRODUCT, "segments");
    b.upsert(C360, new Ownership(List.of(new Owner(ANALYTICS_TEAM, "owner"))));
    job(
        b,
        "load_customers",
        List.of("raw_customers"),
        "customers",
        column("customers", "email", "DIRECT/IDENTITY", col("raw_customers", "email")),
        column("customers", "country", "DIRECT/IDENTITY", col("raw_customers", "country")));
    job(b, "load_orders", List.of("raw_orders"), "orders");
    job(
        b,
        "build_c360",
        List.of("customers", "orders"),
        "customer_360",
        column("customer_360", "email_hash", "DIRECT/TRANSFORMATION", col("customers", "email")),
        column("customer_360", "is_active", "INDIRECT/FILTER", col("customers", "email")),
        column("customer_360", "order_count", "DIRECT/AGGREGATION", col("orders", "order_id")));
    job(
        b,
        "build_segments",
        List.of("customer_360"),
        "tmp_segments",
        column("tmp_segments", "email_hash", "DIRECT/IDENTITY", col("customer_360", "email_hash")));
    job(
        b,
        "publish_segments",
        List.of("tmp_segments"),
        "segments",
        column("segments", "email_hash", null, col("tmp_segments", "email_hash")));
    Instant now = Instant.now();
    usage(b, "segments", 10, now);
    usage(b, "customer_360", 5, now);
    usage(b, "customers", 1, now);
    store.apply(b.build());
  }

  private static void member(Batch.Builder b, String dataset, Urn product) {
    b.upsert(ds(dataset), new Membership(product.domainOfProduct(), product));
  }

  private static void product(Batch.Builder b, Urn product, String output) {
    b.upsert(
        product,
        new ProductInfo(
            product.localName(),
            null,
            "active",
            List.of(),
            List.of(new Port(output, "1.0.0", null, null, List.of(ds(output)))),
            null));
  }

  private static ColumnLineage column(String dataset, String column, String type, Urn source) {
    return new ColumnLineage(col(dataset, column), List.of(source), type, null);
  }

  private static void job(
      Batch.Builder b, String name, List<String> inputs, String output, ColumnLineage... columns) {
    b.upsert(
        StoreFixture.job(name),
        new JobLineage(
            inputs.stream().map(SmallMesh::ds).toList(), List.of(ds(output)), List.of(columns)));
  }

  private static void usage(Batch.Builder b, String dataset, int times, Instant now) {
    for (int i = 0; i < times; i++) {
      b.usage(
          new UsageEvent(
              now.minus(Duration.ofHours(1 + i)),
              ds(dataset),
              "user" + i + "@acme.example",
              UsageEvent.PrincipalKind.USER,
              null));
    }
  }
}
