package dev.meshlens.catalog;

import static dev.meshlens.catalog.Fixtures.ORDERS;
import static dev.meshlens.catalog.Fixtures.ORDERS_PRODUCT;
import static dev.meshlens.catalog.Fixtures.SALES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meshlens.catalog.model.AspectKind;
import dev.meshlens.catalog.model.DatasetInfo;
import dev.meshlens.catalog.model.DomainInfo;
import dev.meshlens.catalog.model.Field;
import dev.meshlens.catalog.model.Membership;
import dev.meshlens.catalog.model.QualityResult;
import dev.meshlens.catalog.model.Run;
import dev.meshlens.catalog.model.RunState;
import dev.meshlens.catalog.model.Schema;
import dev.meshlens.catalog.model.Tag;
import dev.meshlens.catalog.model.Tags;
import dev.meshlens.catalog.model.UsageEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link CatalogStore} must do; each implementation's test extends this. */
public abstract class CatalogStoreContract {
  protected CatalogStore store;

  protected abstract CatalogStore newStore();

  @BeforeEach
  void openStore() {
    store = newStore();
  }

  @AfterEach
  void closeStore() {
    store.close();
  }

  @Test
  void applied_aspects_are_read_back_with_their_source() {
    ApplyResult result = store.apply(Fixtures.ordersFromJdbc());

    assertThat(result.written()).isEqualTo(3);
    Asset asset = store.loadAsset(ORDERS);
    assertThat(asset.deleted()).isFalse();
    assertThat(asset.aspect(Schema.class)).contains(Fixtures.ordersSchema());
    assertThat(asset.aspect(Membership.class)).contains(new Membership(SALES, ORDERS_PRODUCT));
    assertThat(asset.sources()).containsExactly("jdbc:sales-orders");
  }

  @Test
  void many_assets_read_at_once_are_the_assets_read_one_by_one() {
    store.apply(Fixtures.ordersFromJdbc());
    Urn quoted = Urn.dataset(Fixtures.PG, "sales_orders.public.\"Odd\\Name\"");
    store.apply(
        Batch.builder("dbt:sales")
            .upsert(ORDERS, new Tags(List.of(new Tag("gold"))))
            .upsert(Fixtures.ORDER_LINES, Fixtures.ordersInfo("Lines of orders"))
            .upsert(quoted, Fixtures.ordersInfo("A name JSON must escape"))
            .build());
    store.apply(Batch.builder("dbt:sales").remove(Fixtures.ORDER_LINES).build());
    Urn unknown = Urn.dataset(Fixtures.PG, "sales_orders.public.never_seen");

    Map<Urn, Asset> found =
        store.findAssets(List.of(ORDERS, Fixtures.ORDER_LINES, quoted, unknown, ORDERS));

    assertThat(found).containsOnlyKeys(ORDERS, Fixtures.ORDER_LINES, quoted);
    for (Urn urn : found.keySet()) {
      assertThat(found.get(urn)).as(urn.toString()).isEqualTo(store.loadAsset(urn));
    }
    assertThat(found.get(Fixtures.ORDER_LINES).deleted()).isTrue();
    assertThat(found.get(ORDERS).sources()).containsExactly("dbt:sales", "jdbc:sales-orders");
    assertThat(store.findAssets(List.of())).isEmpty();
  }

  @Test
  void applying_the_same_batch_twice_writes_no_version_and_no_change() {
    store.apply(Fixtures.ordersFromJdbc());
    long sequence = store.lastSequence();
    int versions = store.history(ORDERS).size();

    ApplyResult again = store.apply(Fixtures.ordersFromJdbc());

    assertThat(again.written()).isZero();
    assertThat(again.unchanged()).isEqualTo(3);
    assertThat(again.changed()).isFalse();
    assertThat(store.lastSequence()).isEqualTo(sequence);
    assertThat(store.history(ORDERS)).hasSize(versions);
  }

  @Test
  void a_changed_aspect_gets_a_new_version_and_history_keeps_both() {
    store.apply(Fixtures.ordersFromJdbc());
    Batch edit =
        Batch.builder("user:ana@acme.example")
            .actor("ana@acme.example")
            .upsert(ORDERS, Fixtures.ordersInfo("All orders placed in the web shop"))
            .build();

    store.apply(edit);
    store.apply(
        Batch.builder("user:ana@acme.example")
            .actor("ana@acme.example")
            .upsert(ORDERS, Fixtures.ordersInfo("All orders placed in the web shop and app"))
            .build());

    List<AspectVersion> infos =
        store.history(ORDERS).stream()
            .filter(v -> v.kind() == AspectKind.DATASET_INFO)
            .filter(v -> v.source().startsWith("user:"))
            .toList();
    assertThat(infos).extracting(AspectVersion::version).containsExactly(1L, 2L);
    assertThat(infos.get(1).actor()).isEqualTo("ana@acme.example");
    assertThat(((DatasetInfo) infos.get(0).value()).description())
        .isEqualTo("All orders placed in the web shop");
    assertThat(store.loadAsset(ORDERS).aspect(DatasetInfo.class).orElseThrow().description())
        .as("a person's edit outranks the crawler's empty description")
        .isEqualTo("All orders placed in the web shop and app");
  }

  @Test
  void sources_keep_their_own_versions_and_reads_merge_them() {
    store.apply(Fixtures.ordersFromJdbc());
    Schema documented =
        Schema.of(
            List.of(
                new Field(
                    "customer_email",
                    null,
                    null,
                    "Where receipts go",
                    List.of(new Tag("pii")),
                    List.of(),
                    null),
                Field.of("channel", "string")));

    store.apply(Batch.builder("openlineage").upsert(ORDERS, documented).build());

    Schema merged = store.loadAsset(ORDERS).aspect(Schema.class).orElseThrow();
    assertThat(merged.fields())
        .extracting(Field::name)
        .containsExactly("order_id", "customer_email", "ordered_at", "channel");
    Field email = merged.fields().get(1);
    assertThat(email.type()).as("the database's type wins").isEqualTo("text");
    assertThat(email.description()).isEqualTo("Where receipts go");
    assertThat(email.tags()).containsExactly(new Tag("pii"));
    assertThat(merged.primaryKey()).containsExactly("order_id");
  }

  @Test
  void a_malformed_batch_is_rejected_whole_and_names_the_asset_and_field() {
    store.apply(Fixtures.ordersFromJdbc());
    long sequence = store.lastSequence();
    Batch bad =
        Batch.builder("jdbc:sales-orders")
            .upsert(Fixtures.ORDER_LINES, Fixtures.ordersInfo("fine on its own"))
            .upsert(SALES, Fixtures.ordersSchema())
            .build();

    assertThatThrownBy(() -> store.apply(bad))
        .isInstanceOf(InvalidBatchException.class)
        .hasMessageContaining("upserts[1].aspect (urn:meshlens:domain:sales)")
        .hasMessageContaining("aspect 'schema' does not apply to a domain");
    assertThat(store.lastSequence()).isEqualTo(sequence);
    assertThat(store.findAsset(Fixtures.ORDER_LINES)).as("nothing half-applied").isEmpty();
  }

  @Test
  void removal_soft_deletes_keeps_history_and_a_new_write_revives() {
    store.apply(Fixtures.ordersFromJdbc());

    ApplyResult removed = store.apply(Batch.builder("jdbc:sales-orders").remove(ORDERS).build());

    assertThat(removed.withdrawn()).isEqualTo(3);
    assertThat(removed.assetsDeleted()).isEqualTo(1);
    Asset deleted = store.loadAsset(ORDERS);
    assertThat(deleted.deleted()).isTrue();
    assertThat(deleted.current()).isEmpty();
    assertThat(store.history(ORDERS))
        .extracting(AspectVersion::op)
        .containsExactly(
            ChangeOp.UPSERT,
            ChangeOp.UPSERT,
            ChangeOp.UPSERT,
            ChangeOp.DELETE,
            ChangeOp.DELETE,
            ChangeOp.DELETE,
            ChangeOp.DELETE);
    assertThat(store.listAssets(AssetQuery.all(1, 10)).items()).isEmpty();
    assertThat(store.apply(Batch.builder("jdbc:sales-orders").remove(ORDERS).build()).changed())
        .as("removing again is a no-op")
        .isFalse();

    store.apply(Fixtures.ordersFromJdbc());

    assertThat(store.loadAsset(ORDERS).deleted()).isFalse();
    assertThat(store.loadAsset(ORDERS).versionsOf(AspectKind.SCHEMA).getFirst().version())
        .isEqualTo(3);
  }

  @Test
  void an_asset_stays_while_another_source_still_states_it() {
    store.apply(Fixtures.ordersFromJdbc());
    store.apply(
        Batch.builder("openlineage").upsert(ORDERS, new Tags(List.of(new Tag("gold")))).build());

    ApplyResult removed = store.apply(Batch.builder("jdbc:sales-orders").remove(ORDERS).build());

    assertThat(removed.assetsDeleted()).isZero();
    assertThat(store.loadAsset(ORDERS).deleted()).isFalse();
    assertThat(store.loadAsset(ORDERS).sources()).containsExactly("openlineage");
  }

  @Test
  void the_change_log_is_ordered_and_can_be_followed_in_pages() {
    store.apply(Fixtures.ordersFromJdbc());
    store.apply(
        Batch.builder("odps:products").upsert(SALES, new DomainInfo("Sales", "Selling")).build());

    List<ChangeLogEntry> all = new ArrayList<>();
    long after = 0;
    List<ChangeLogEntry> page;
    while (!(page = store.changesSince(after, 2)).isEmpty()) {
      all.addAll(page);
      after = page.getLast().sequence();
    }

    assertThat(all).extracting(ChangeLogEntry::sequence).containsExactly(1L, 2L, 3L, 4L);
    assertThat(all.getLast().urn()).isEqualTo(SALES);
    assertThat(all.getLast().source()).isEqualTo("odps:products");
    assertThat(store.lastSequence()).isEqualTo(4);
  }

  @Test
  void listing_filters_by_type_and_domain_and_pages() {
    store.apply(Fixtures.ordersFromJdbc());
    Batch.Builder more = Batch.builder("jdbc:sales-orders");
    for (int i = 0; i < 25; i++) {
      more.upsert(
          Urn.dataset(Fixtures.PG, "sales_orders.public.t" + (100 + i)),
          new Membership(SALES, ORDERS_PRODUCT));
    }
    more.upsert(SALES, new DomainInfo("Sales", null));
    store.apply(more.build());

    Page<AssetSummary> datasets =
        store.listAssets(new AssetQuery(EntityType.DATASET, SALES, 2, 10, false));
    Page<AssetSummary> domains =
        store.listAssets(new AssetQuery(EntityType.DOMAIN, null, 1, 10, false));

    assertThat(datasets.total()).isEqualTo(26);
    assertThat(datasets.items()).hasSize(10);
    assertThat(datasets.items()).allSatisfy(a -> assertThat(a.domain()).isEqualTo(SALES));
    assertThat(domains.items()).extracting(AssetSummary::name).containsExactly("Sales");
    assertThat(store.listAssets(new AssetQuery(EntityType.DATASET, SALES, 4, 10, false)).items())
        .as("a page past the end is empty")
        .isEmpty();
  }

  @Test
  void run_reports_arriving_out_of_order_give_the_final_state() {
    Urn job = Urn.job("sales-pipelines", "sales.orders.build_daily_orders");
    Instant start = Instant.parse("2026-11-19T02:00:00Z");
    Run complete =
        new Run(
            "r-1",
            job,
            RunState.COMPLETE,
            null,
            start.plusSeconds(600),
            List.of(),
            List.of(ORDERS),
            null);
    Run started = new Run("r-1", job, RunState.START, start, null, List.of(), List.of(), null);

    store.apply(Batch.builder("openlineage").run(complete).build());
    store.apply(Batch.builder("openlineage").run(started).build());
    ApplyResult again = store.apply(Batch.builder("openlineage").run(started).build());

    Run run = store.findRun("r-1").orElseThrow();
    assertThat(run.state()).isEqualTo(RunState.COMPLETE);
    assertThat(run.startedAt()).isEqualTo(start);
    assertThat(run.endedAt()).isEqualTo(start.plusSeconds(600));
    assertThat(run.outputs()).containsExactly(ORDERS);
    assertThat(again.factsAdded()).isZero();
    assertThat(store.runsOfJob(job, 10)).containsExactly(run);
  }

  @Test
  void usage_and_quality_facts_are_counted_once() {
    Instant t = Instant.parse("2026-11-18T10:15:00Z");
    Batch facts =
        Batch.builder("usage-log")
            .usage(
                new UsageEvent(
                    t, ORDERS, "li.wei@acme.example", UsageEvent.PrincipalKind.USER, "select 1"))
            .usage(
                new UsageEvent(
                    t.plusSeconds(5),
                    ORDERS,
                    "li.wei@acme.example",
                    UsageEvent.PrincipalKind.USER,
                    "select 1"))
            .qualityResult(
                new QualityResult(ORDERS, "not_null_order_id", t, false, 3.0, null, "3 nulls"))
            .build();

    assertThat(store.apply(facts).factsAdded()).isEqualTo(3);
    assertThat(store.apply(facts).factsAdded()).isZero();

    assertThat(store.countUsage(ORDERS, t, t.plusSeconds(60))).isEqualTo(2);
    assertThat(store.countUsage(ORDERS, t.plusSeconds(1), t.plusSeconds(60))).isEqualTo(1);
    assertThat(store.usageByDataset(t, t.plusSeconds(60))).containsExactly(Map.entry(ORDERS, 2L));
    assertThat(store.usageByDataset(t.plusSeconds(60), t.plusSeconds(120))).isEmpty();
    assertThat(store.latestUsage()).contains(t.plusSeconds(5));
    assertThat(store.qualityResults(ORDERS, 10))
        .singleElement()
        .satisfies(r -> assertThat(r.passed()).isFalse());
  }

  @Test
  void listeners_hear_of_each_commit_that_changed_the_log() {
    AtomicLong heard = new AtomicLong();
    store.addChangeListener(heard::set);

    store.apply(Fixtures.ordersFromJdbc());
    long first = heard.get();
    heard.set(-1);
    store.apply(Fixtures.ordersFromJdbc());

    assertThat(first).isEqualTo(store.lastSequence());
    assertThat(heard.get()).as("an idempotent re-apply is not announced").isEqualTo(-1);
  }

  @Test
  void results_count_assets_added_changed_unchanged_and_removed_for_their_source() {
    assertThat(store.apply(Fixtures.ordersFromJdbc()).assets())
        .isEqualTo(new AssetCounts(1, 0, 0, 0));
    assertThat(store.apply(Fixtures.ordersFromJdbc()).assets())
        .isEqualTo(new AssetCounts(0, 0, 1, 0));
    Batch changed =
        Batch.builder("jdbc:sales-orders")
            .upsert(ORDERS, Fixtures.ordersInfo("now documented"))
            .upsert(Fixtures.ORDER_LINES, Fixtures.ordersInfo(null))
            .build();
    assertThat(store.apply(changed).assets()).isEqualTo(new AssetCounts(1, 1, 0, 0));
    assertThat(
            store
                .apply(Batch.builder("openlineage").upsert(ORDERS, Fixtures.ordersSchema()).build())
                .assets())
        .as("new to this source, though the asset existed")
        .isEqualTo(new AssetCounts(1, 0, 0, 0));
    assertThat(store.apply(Batch.builder("jdbc:sales-orders").remove(ORDERS).build()).assets())
        .isEqualTo(new AssetCounts(0, 0, 0, 1));
  }

  @Test
  void a_source_knows_which_assets_it_states() {
    store.apply(Fixtures.ordersFromJdbc());
    store.apply(
        Batch.builder("jdbc:sales-orders")
            .upsert(Fixtures.ORDER_LINES, Fixtures.ordersInfo(null))
            .build());
    store.apply(
        Batch.builder("openlineage")
            .upsert(Urn.job("ns", "job"), new dev.meshlens.catalog.model.JobInfo(null, null, null))
            .build());

    store.apply(Batch.builder("jdbc:sales-orders").remove(Fixtures.ORDER_LINES).build());

    assertThat(store.assetsStatedBy("jdbc:sales-orders")).containsExactly(ORDERS);
    assertThat(store.assetsStatedBy("openlineage")).containsExactly(Urn.job("ns", "job"));
    assertThat(store.assetsStatedBy("nobody")).isEmpty();
  }

  @Test
  void crawl_runs_are_kept_per_source_newest_first() {
    CrawlRun first = store.startCrawlRun("jdbc:sales-orders", "schedule");
    store.finishCrawlRun(
        first.finish(
            Instant.parse("2026-11-20T10:00:05Z"),
            CrawlStatus.PARTIAL,
            new AssetCounts(3, 1, 7, 0),
            List.of(new RunIssue("orders.odcs.yaml", "/schema/0", "required must be a boolean")),
            null,
            1));
    CrawlRun second = store.startCrawlRun("jdbc:sales-orders", "manual");
    store.startCrawlRun("dbt:finance", "schedule");

    List<CrawlRun> runs = store.crawlRuns("jdbc:sales-orders", 10);

    assertThat(runs).extracting(CrawlRun::id).containsExactly(second.id(), first.id());
    assertThat(runs.get(0).status()).isEqualTo(CrawlStatus.RUNNING);
    CrawlRun done = runs.get(1);
    assertThat(done.status()).isEqualTo(CrawlStatus.PARTIAL);
    assertThat(done.counts()).isEqualTo(new AssetCounts(3, 1, 7, 0));
    assertThat(done.warnings())
        .singleElement()
        .satisfies(w -> assertThat(w.path()).isEqualTo("/schema/0"));
    assertThat(done.endedAt()).isEqualTo(Instant.parse("2026-11-20T10:00:05Z"));
    assertThat(store.abandonUnfinishedCrawlRuns("the server stopped")).isEqualTo(2);
    assertThat(store.crawlRuns("dbt:finance", 10).getFirst().status())
        .isEqualTo(CrawlStatus.ABANDONED);
    assertThat(store.crawlRuns("dbt:finance", 10).getFirst().error())
        .isEqualTo("the server stopped");
  }

  @Test
  void a_source_fingerprint_is_kept_until_forgotten() {
    assertThat(store.sourceFingerprint("jdbc:sales-orders")).isEmpty();

    store.recordSourceFingerprint("jdbc:sales-orders", "abc", 7);
    store.recordSourceFingerprint("jdbc:sales-orders", "def", 8);

    assertThat(store.sourceFingerprint("jdbc:sales-orders")).contains("def");
    store.recordSourceFingerprint("jdbc:sales-orders", null, 9);
    assertThat(store.sourceFingerprint("jdbc:sales-orders")).isEmpty();
  }

  @Test
  void status_reports_positions() {
    store.apply(Fixtures.ordersFromJdbc());

    StoreStatus status = store.status();

    assertThat(status.ok()).isTrue();
    assertThat(status.assets()).isEqualTo(1);
    assertThat(status.lastSequence()).isEqualTo(3);
  }
}
