package dev.meshlens.api.profile;

import dev.meshlens.catalog.Batch;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.model.Classification;
import dev.meshlens.catalog.model.Classification.Sensitivity;
import dev.meshlens.catalog.model.ColumnLineage;
import dev.meshlens.catalog.model.ContractInfo;
import dev.meshlens.catalog.model.DatasetInfo;
import dev.meshlens.catalog.model.DomainInfo;
import dev.meshlens.catalog.model.Field;
import dev.meshlens.catalog.model.GlossaryLinks;
import dev.meshlens.catalog.model.GlossaryTermInfo;
import dev.meshlens.catalog.model.JobInfo;
import dev.meshlens.catalog.model.JobLineage;
import dev.meshlens.catalog.model.Membership;
import dev.meshlens.catalog.model.Owner;
import dev.meshlens.catalog.model.OwnerInfo;
import dev.meshlens.catalog.model.OwnerInfo.OwnerKind;
import dev.meshlens.catalog.model.Ownership;
import dev.meshlens.catalog.model.Port;
import dev.meshlens.catalog.model.ProductInfo;
import dev.meshlens.catalog.model.QualityCheck;
import dev.meshlens.catalog.model.QualityChecks;
import dev.meshlens.catalog.model.QualityResult;
import dev.meshlens.catalog.model.Run;
import dev.meshlens.catalog.model.RunState;
import dev.meshlens.catalog.model.Schema;
import dev.meshlens.catalog.model.Sla;
import dev.meshlens.catalog.model.Tag;
import dev.meshlens.catalog.model.Tags;
import dev.meshlens.catalog.model.UsageEvent;
import dev.meshlens.catalog.model.UsageEvent.PrincipalKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A small hand-built mesh whose profile numbers are worked out by hand: a sales domain with an
 * orders product (contract with a 6-hour freshness SLA) and a finance product, five datasets, three
 * jobs with runs and column lineage, usage spread over 100 days, quality results, a glossary term,
 * and three versions of one schema. "Now" is {@link #NOW}, the latest usage event.
 */
final class ProfileMesh {
  static final Instant NOW = Instant.parse("2026-10-15T12:00:00Z");
  static final String PG = "postgres://shop-db:5432";
  static final Urn SALES = Urn.domain("sales");
  static final Urn ORDERS_PRODUCT = Urn.product("sales", "orders");
  static final Urn FINANCE = Urn.product("sales", "finance");
  static final Urn CONTRACT = Urn.contract("orders-v1");
  static final Urn ALICE = Urn.owner("alice");
  static final Urn REVENUE_TERM = Urn.term("revenue");
  static final Urn ORDERS = Urn.dataset(PG, "shop.public.orders");
  static final Urn ORDER_LINES = Urn.dataset(PG, "shop.public.order_lines");
  static final Urn RAW_ORDERS = Urn.dataset(PG, "shop.raw.orders");
  static final Urn REVENUE = Urn.dataset("snowflake://acme", "finance.revenue");
  static final Urn CUSTOMERS = Urn.dataset(PG, "shop.public.customers");
  static final Urn LOAD_ORDERS = Urn.job("airflow://etl", "load_orders");
  static final Urn LOAD_LINES = Urn.job("airflow://etl", "load_order_lines");
  static final Urn BUILD_REVENUE = Urn.job("dbt://finance", "model.finance.revenue");

  private ProfileMesh() {}

  /** The mesh, then two more versions of the orders schema, in the order they are applied. */
  static List<Batch> batches() {
    return List.of(mesh(), ordersSchemaWithoutNote(), ordersSchemaWithChannel());
  }

  private static Batch mesh() {
    Batch.Builder b = Batch.builder("jdbc:shop");
    b.upsert(SALES, new DomainInfo("Sales", "Selling things"));
    b.upsert(SALES, new Ownership(List.of(new Owner(ALICE, "owner"))));
    b.upsert(ALICE, new OwnerInfo("Alice Doe", OwnerKind.PERSON, "alice@acme.example", List.of()));
    b.upsert(
        ORDERS_PRODUCT,
        new ProductInfo(
            "Orders",
            "Orders of the shop",
            "active",
            List.of(),
            List.of(new Port("orders-port", "1", null, CONTRACT, List.of(ORDERS, ORDER_LINES))),
            new Sla(Duration.ofDays(1), null, null)));
    b.upsert(
        FINANCE,
        new ProductInfo(
            "Finance",
            null,
            "active",
            List.of(),
            List.of(new Port("revenue-port", "1", null, null, List.of(REVENUE))),
            null));
    b.upsert(
        CONTRACT,
        new ContractInfo(
            "Orders contract",
            "1.0.0",
            "active",
            null,
            ORDERS_PRODUCT,
            List.of(ORDERS, ORDER_LINES),
            new Sla(Duration.ofHours(6), 99.5, "fresh every 6 hours"),
            List.of(new QualityCheck("rows_positive", null, "row_count", null, "> 0"))));
    b.upsert(
        REVENUE_TERM,
        new GlossaryTermInfo("Revenue", "Money earned from sales", List.of("turnover"), List.of()));
    dataset(b, ORDERS, "orders", ORDERS_PRODUCT, ordersSchema(true, false));
    b.upsert(ORDERS, new Tags(List.of(new Tag("gold"))));
    b.upsert(ORDERS, new GlossaryLinks(List.of(REVENUE_TERM)));
    b.upsert(ORDERS, new Ownership(List.of(new Owner(ALICE, "owner"))));
    b.upsert(
        ORDERS,
        new QualityChecks(
            List.of(
                new QualityCheck("not_null_id", "id", "not_null", null, null),
                new QualityCheck("unique_id", "id", "unique", null, null))));
    dataset(
        b, ORDER_LINES, "order lines", ORDERS_PRODUCT, Schema.of(List.of(Field.of("line", "int"))));
    dataset(
        b,
        RAW_ORDERS,
        "raw orders",
        null,
        Schema.of(
            List.of(
                Field.of("amount_cents", "bigint"),
                Field.of("tax_cents", "bigint"),
                new Field(
                    "customer_email",
                    "text",
                    true,
                    null,
                    List.of(),
                    List.of(),
                    new Classification(Sensitivity.CONFIDENTIAL, true)))));
    dataset(b, REVENUE, "revenue", FINANCE, Schema.of(List.of(Field.of("total", "numeric"))));
    dataset(b, CUSTOMERS, "customers", null, null);
    jobs(b);
    usage(b);
    quality(b);
    return b.build();
  }

  private static void jobs(Batch.Builder b) {
    job(
        b,
        LOAD_ORDERS,
        new JobLineage(
            List.of(RAW_ORDERS),
            List.of(ORDERS),
            List.of(
                new ColumnLineage(
                    ORDERS.field("amount"),
                    List.of(RAW_ORDERS.field("amount_cents"), RAW_ORDERS.field("tax_cents")),
                    "TRANSFORMATION",
                    null),
                new ColumnLineage(
                    ORDERS.field("customer"),
                    List.of(RAW_ORDERS.field("customer_email")),
                    null,
                    null))));
    job(b, LOAD_LINES, new JobLineage(List.of(RAW_ORDERS), List.of(ORDER_LINES), List.of()));
    job(
        b,
        BUILD_REVENUE,
        new JobLineage(
            List.of(ORDERS),
            List.of(REVENUE),
            List.of(
                new ColumnLineage(
                    REVENUE.field("total"),
                    List.of(ORDERS.field("amount")),
                    "AGGREGATION",
                    null))));
    b.run(run("r1", LOAD_ORDERS, RunState.COMPLETE, hours(26), hours(25)));
    b.run(run("r2", LOAD_ORDERS, RunState.FAIL, hours(2), NOW.minus(Duration.ofMinutes(110))));
    b.run(run("l1", LOAD_LINES, RunState.COMPLETE, hours(2), hours(1)));
  }

  /**
   * Orders: 10 events in the last 30 days (alice 3 today and 2 yesterday, bob 1, the job
   * svc-revenue 4), 2 in the 30 days before (alice), 1 more within 90 days (carol), 1 older.
   */
  private static void usage(Batch.Builder b) {
    use(
        b,
        ORDERS,
        "alice",
        PrincipalKind.USER,
        NOW,
        NOW.minusSeconds(3600),
        NOW.minusSeconds(7200));
    use(b, ORDERS, "alice", PrincipalKind.USER, days(1), days(1).minusSeconds(3600));
    use(b, ORDERS, "bob", PrincipalKind.USER, days(10));
    use(
        b,
        ORDERS,
        "svc-revenue",
        PrincipalKind.JOB,
        days(5),
        days(5).minusSeconds(60),
        days(5).minusSeconds(120),
        days(5).minusSeconds(180));
    use(b, ORDERS, "alice", PrincipalKind.USER, days(40), days(40).minusSeconds(3600));
    use(b, ORDERS, "carol", PrincipalKind.USER, days(80));
    use(b, ORDERS, "dave", PrincipalKind.USER, days(100));
    use(b, CUSTOMERS, "alice", PrincipalKind.USER, days(3));
    use(b, CUSTOMERS, "bob", PrincipalKind.USER, days(3).minusSeconds(3600));
    use(b, REVENUE, "svc-revenue", PrincipalKind.JOB, days(6));
  }

  /** not_null_id passed 3 days ago, failed yesterday, passed 40 days ago; unique_id passed. */
  private static void quality(Batch.Builder b) {
    b.qualityResult(new QualityResult(ORDERS, "not_null_id", days(3), true, 0.0, null, null));
    b.qualityResult(
        new QualityResult(ORDERS, "not_null_id", days(1), false, 3.0, null, "3 null ids"));
    b.qualityResult(new QualityResult(ORDERS, "not_null_id", days(40), true, 0.0, null, null));
    b.qualityResult(new QualityResult(ORDERS, "unique_id", days(2), true, 0.0, null, null));
  }

  private static Batch ordersSchemaWithoutNote() {
    return Batch.builder("jdbc:shop")
        .actor("ana@acme.example")
        .upsert(ORDERS, ordersSchema(false, false))
        .build();
  }

  private static Batch ordersSchemaWithChannel() {
    return Batch.builder("jdbc:shop")
        .actor("crawl:run-7")
        .upsert(ORDERS, ordersSchema(false, true))
        .build();
  }

  static Schema ordersSchema(boolean note, boolean channel) {
    List<Field> fields = new ArrayList<>();
    fields.add(new Field("id", "bigint", false, "Order id", List.of(), List.of(), null));
    fields.add(
        new Field(
            "amount",
            "numeric",
            true,
            "Total in EUR",
            List.of(new Tag("money")),
            List.of(REVENUE_TERM),
            null));
    fields.add(Field.of("customer", "text"));
    if (note) {
      fields.add(Field.of("note", "text"));
    }
    if (channel) {
      fields.add(Field.of("channel", "text"));
    }
    return new Schema(fields, List.of("id"), List.of());
  }

  private static void dataset(Batch.Builder b, Urn urn, String name, Urn product, Schema schema) {
    b.upsert(
        urn,
        new DatasetInfo(
            name, "The " + name, "postgres", "table", Classification.PUBLIC, 10L, null));
    b.upsert(urn, new Membership(SALES, product));
    if (schema != null) {
      b.upsert(urn, schema);
    }
  }

  private static void job(Batch.Builder b, Urn job, JobLineage lineage) {
    b.upsert(job, new JobInfo("Loads " + job.localName(), "batch", "insert into x select 1"));
    b.upsert(job, lineage);
    b.upsert(job, new Membership(SALES, null));
  }

  private static Run run(String id, Urn job, RunState state, Instant start, Instant end) {
    return new Run(
        id, job, state, start, end, List.of(), List.of(), state == RunState.FAIL ? "boom" : null);
  }

  private static void use(
      Batch.Builder b, Urn dataset, String who, PrincipalKind kind, Instant... times) {
    for (Instant time : times) {
      b.usage(new UsageEvent(time, dataset, who, kind, null));
    }
  }

  static Instant days(int days) {
    return NOW.minus(Duration.ofDays(days));
  }

  static Instant hours(int hours) {
    return NOW.minus(Duration.ofHours(hours));
  }
}
