package dev.meshlens.catalog.sqlite;

import dev.meshlens.catalog.Batch;
import dev.meshlens.catalog.CatalogStore;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.model.ContractInfo;
import dev.meshlens.catalog.model.DatasetInfo;
import dev.meshlens.catalog.model.DomainInfo;
import dev.meshlens.catalog.model.Field;
import dev.meshlens.catalog.model.JobLineage;
import dev.meshlens.catalog.model.Membership;
import dev.meshlens.catalog.model.Owner;
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
import dev.meshlens.catalog.model.UsageEvent;
import dev.meshlens.catalog.model.UsageEvent.PrincipalKind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A small catalog whose health scores are worked out by hand in {@code HealthRecomputeTest}: domain
 * sales, product orders with output port datasets orders and customers, and raw_events outside any
 * product; jobs load_orders (writes orders, reads customers) and load_customers (writes customers).
 * T is the latest run end; the store's clock is 4 days later.
 */
final class HealthCatalog {
  static final Instant T = Instant.parse("2026-10-01T12:00:00Z");
  static final Instant CLOCK = T.plus(Duration.ofDays(4));
  static final String PG = "postgres://db:5432";
  static final Urn SALES = Urn.domain("sales");
  static final Urn PRODUCT = Urn.product("sales", "orders");
  static final Urn EMPTY_DOMAIN = Urn.domain("empty");
  static final Urn ORDERS = Urn.dataset(PG, "shop.public.orders");
  static final Urn CUSTOMERS = Urn.dataset(PG, "shop.public.customers");
  static final Urn RAW = Urn.dataset(PG, "shop.public.raw_events");
  static final Urn LOAD_ORDERS = Urn.job("airflow", "load_orders");
  static final Urn LOAD_CUSTOMERS = Urn.job("airflow", "load_customers");
  static final Urn CONTRACT = Urn.contract("orders-contract");

  private HealthCatalog() {}

  static void load(CatalogStore store) {
    Batch.Builder b = Batch.builder("test");
    b.upsert(SALES, new DomainInfo("Sales", null));
    b.upsert(EMPTY_DOMAIN, new DomainInfo("Empty", null));
    b.upsert(
        PRODUCT,
        new ProductInfo(
            "Orders",
            "Orders of the shop",
            "active",
            List.of(),
            List.of(new Port("main", "1", null, null, List.of(ORDERS, CUSTOMERS))),
            new Sla(Duration.ofHours(24), null, null)));
    b.upsert(
        CONTRACT,
        new ContractInfo(
            "orders-contract",
            "1",
            "active",
            null,
            PRODUCT,
            List.of(ORDERS),
            new Sla(Duration.ofHours(12), null, null),
            List.of(new QualityCheck("unique_id", "id", "unique", null, null))));
    Membership membership = new Membership(SALES, PRODUCT);
    b.upsert(
        ORDERS, new DatasetInfo("orders", "Orders", "postgres", "table", null, null, Map.of()));
    b.upsert(ORDERS, new Ownership(List.of(new Owner(Urn.owner("ana"), "owner"))));
    b.upsert(
        ORDERS,
        Schema.of(
            List.of(
                new Field("id", "bigint", false, "Order id", List.of(), List.of(), null),
                Field.of("total", "numeric"))));
    b.upsert(ORDERS, membership);
    b.upsert(
        ORDERS,
        new QualityChecks(
            List.of(
                new QualityCheck("not_null_id", "id", "not_null", null, null),
                new QualityCheck("unique_id", "id", "unique", null, null))));
    b.upsert(CUSTOMERS, new DatasetInfo("customers", null, "postgres", "table", null, null, null));
    b.upsert(
        CUSTOMERS,
        Schema.of(
            List.of(
                Field.of("id", "bigint"),
                Field.of("email", "text"),
                Field.of("name", "text"),
                Field.of("city", "text"))));
    b.upsert(CUSTOMERS, membership);
    b.upsert(
        RAW, new DatasetInfo("raw_events", "Raw events", "postgres", "table", null, null, null));
    b.upsert(LOAD_ORDERS, new JobLineage(List.of(CUSTOMERS), List.of(ORDERS), List.of()));
    b.upsert(LOAD_CUSTOMERS, new JobLineage(List.of(), List.of(CUSTOMERS), List.of()));
    // load_orders: a failure, then three successes, the last ending at T
    run(b, "r1", LOAD_ORDERS, RunState.FAIL, T.minus(Duration.ofDays(10)));
    run(b, "r2", LOAD_ORDERS, RunState.COMPLETE, T.minus(Duration.ofDays(7)));
    run(b, "r3", LOAD_ORDERS, RunState.COMPLETE, T.minus(Duration.ofDays(3)));
    run(b, "r4", LOAD_ORDERS, RunState.COMPLETE, T);
    // load_customers: a success 3 days before T, then a failure: an open incident
    run(b, "r5", LOAD_CUSTOMERS, RunState.COMPLETE, T.minus(Duration.ofDays(3)));
    run(b, "r6", LOAD_CUSTOMERS, RunState.FAIL, T.minus(Duration.ofDays(1)));
    // orders: 6 events of 3 people; raw_events: 1 event
    String[] people = {"ana", "bob", "cy", "ana", "bob", "ana"};
    for (int i = 0; i < people.length; i++) {
      b.usage(
          new UsageEvent(
              T.minus(Duration.ofHours(5 + i)), ORDERS, people[i], PrincipalKind.USER, "select"));
    }
    b.usage(new UsageEvent(T.minus(Duration.ofHours(2)), RAW, "ana", PrincipalKind.USER, null));
    b.qualityResult(result(ORDERS, "not_null_id", T.minus(Duration.ofDays(1)), true));
    b.qualityResult(result(ORDERS, "unique_id", T.minus(Duration.ofDays(2)), false));
    b.qualityResult(result(ORDERS, "unique_id", T.minus(Duration.ofDays(1)), true));
    b.qualityResult(result(CUSTOMERS, "email_valid", T.minus(Duration.ofDays(1)), false));
    store.apply(b.build());
  }

  static void run(Batch.Builder b, String id, Urn job, RunState state, Instant end) {
    b.run(new Run(id, job, state, end.minusSeconds(600), end, List.of(), List.of(), null));
  }

  static QualityResult result(Urn dataset, String check, Instant at, boolean passed) {
    return new QualityResult(dataset, check, at, passed, null, null, null);
  }
}
