package dev.meshlens.indexer.crawl;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.nio.file.StandardCopyOption.REPLACE_EXISTING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.meshlens.catalog.AspectVersion;
import dev.meshlens.catalog.Asset;
import dev.meshlens.catalog.Batch;
import dev.meshlens.catalog.CrawlRun;
import dev.meshlens.catalog.CrawlStatus;
import dev.meshlens.catalog.EntityType;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.model.AspectKind;
import dev.meshlens.catalog.model.DatasetInfo;
import dev.meshlens.catalog.model.Field;
import dev.meshlens.catalog.model.JobLineage;
import dev.meshlens.catalog.model.Owner;
import dev.meshlens.catalog.model.Ownership;
import dev.meshlens.catalog.model.Schema;
import dev.meshlens.catalog.model.Tag;
import dev.meshlens.catalog.model.Tags;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * jaffle_shop's tables as a database, a dbt project and OpenLineage events see them: one asset per
 * table with every source's facts, and a person's edits above them all.
 */
class CrawlAcrossSourcesTest extends CatalogTest {
  private static final Path JAFFLE = Material.path("dbt/jaffle_shop_duckdb_dbt1.12");
  private static final String NAMESPACE = "duckdb://jaffle_shop.duckdb";
  private static final Urn CUSTOMERS = Urn.dataset(NAMESPACE, "jaffle_shop.main.customers");
  private static final Urn ORDERS = Urn.dataset(NAMESPACE, "jaffle_shop.main.orders");
  private static final Urn REFRESH = Urn.job(OpenLineageEvents.JOB_NAMESPACE, "refresh_customers");
  private static final String DBT_DESCRIPTION =
      "Customer overview data mart, offering key details for each unique customer. One row per"
          + " customer.";

  /** The dbt artifacts without catalog.json, as after {@code dbt build}: no column types. */
  private SourceSpec dbt() throws Exception {
    Path target = Files.createDirectories(dir.resolve("target"));
    for (String file : List.of("manifest.json", "run_results.json")) {
      Files.copy(JAFFLE.resolve(file), target.resolve(file), REPLACE_EXISTING);
    }
    return new SourceSpec("jaffle-shop", "dbt", target.toString());
  }

  /** Two of jaffle_shop's tables in a database, named as dbt names them. */
  private SourceSpec warehouse(String... options) throws Exception {
    Path db = dir.resolve("warehouse.db");
    TestDatabases.execute(
        db,
        "CREATE TABLE customers (customer_id VARCHAR(36) PRIMARY KEY,"
            + " customer_name TEXT NOT NULL, count_lifetime_orders BIGINT,"
            + " lifetime_spend DECIMAL(38,2))",
        "CREATE TABLE orders (order_id VARCHAR(36) PRIMARY KEY,"
            + " customer_id VARCHAR(36) NOT NULL REFERENCES customers (customer_id),"
            + " order_total DECIMAL(16,2), ordered_at TIMESTAMP)",
        "INSERT INTO customers VALUES ('c1', 'Ana', 1, 12.5), ('c2', 'Ben', 0, 0)",
        "INSERT INTO orders VALUES ('o1', 'c1', 12.5, '2025-01-15 06:00:00')");
    return TestDatabases.spec(
        "warehouse",
        "jdbc:sqlite:" + db,
        Map.of("namespace", NAMESPACE, "database", "jaffle_shop", "schema", "main"),
        options);
  }

  /** A scheduler's job that reads orders and writes customers, as OpenLineage events. */
  private SourceSpec lineage() throws Exception {
    Path events = Files.createDirectories(dir.resolve("events"));
    String event =
        OpenLineageEvents.complete(
            "refresh_customers",
            NAMESPACE,
            List.of("jaffle_shop.main.orders"),
            List.of("jaffle_shop.main.customers"));
    Files.writeString(events.resolve("refresh.ndjson"), event + "\n", UTF_8);
    return new SourceSpec("scheduler", "openlineage", events.toString());
  }

  private List<CrawlRun> crawl(SourceSpec... sources) {
    List<CrawlRun> runs = Arrays.stream(sources).map(s -> runner().run(s, "test")).toList();
    assertThat(runs)
        .allSatisfy(r ->
            assertThat(r.status())
                .as("%s: %s", r.source(), r.warnings())
                .isEqualTo(CrawlStatus.SUCCEEDED));
    return runs;
  }

  private static Field field(Asset asset, String name) {
    return asset.aspect(Schema.class).orElseThrow().fields().stream()
        .filter(f -> f.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no column " + name + " in " + asset.urn()));
  }

  @Test
  void one_table_seen_by_jdbc_dbt_and_openlineage_is_one_asset_with_all_their_facts()
      throws Exception {
    crawl(warehouse(), dbt(), lineage());

    Asset customers = asset(CUSTOMERS);
    assertThat(customers.sources())
        .containsExactly("dbt:jaffle-shop", "jdbc:warehouse", "openlineage:scheduler");
    assertThat(field(customers, "customer_id"))
        .extracting(Field::type, Field::description)
        .as("the database's type, dbt's description")
        .containsExactly("VARCHAR", "The unique key of the orders mart.");
    assertThat(field(customers, "customer_name"))
        .extracting(Field::type, Field::nullable, Field::description)
        .containsExactly("TEXT", false, "Customers' full name.");
    assertThat(field(customers, "count_lifetime_orders"))
        .extracting(Field::type, Field::description)
        .containsExactly("BIGINT", "Total number of orders a customer has ever placed.");
    assertThat(field(customers, "customer_type").description())
        .as("a column only dbt knows")
        .startsWith("Options are 'new' or 'returning'");
    DatasetInfo info = customers.aspect(DatasetInfo.class).orElseThrow();
    assertThat(info.description()).isEqualTo(DBT_DESCRIPTION);
    assertThat(info.rowCount()).as("counted in the database").isEqualTo(2L);
    assertThat(asset(REFRESH).aspect(JobLineage.class).orElseThrow())
        .extracting(JobLineage::inputs, JobLineage::outputs)
        .containsExactly(List.of(ORDERS), List.of(CUSTOMERS));
    assertThat(asset(Urn.job("dbt", "jaffle_shop.customers")).aspect(JobLineage.class))
        .hasValueSatisfying(l -> assertThat(l.outputs()).containsExactly(CUSTOMERS));
    assertThat(asset(ORDERS).aspect(Schema.class).orElseThrow().foreignKeys())
        .singleElement()
        .satisfies(fk -> assertThat(fk.references()).isEqualTo(CUSTOMERS));
    assertThat(live())
        .as("no second customers table under another name")
        .filteredOn(u -> u.type() == EntityType.DATASET && u.localName().endsWith(".customers"))
        .containsExactly(CUSTOMERS);
  }

  @Test
  void a_table_dropped_from_the_database_keeps_what_dbt_and_openlineage_say() throws Exception {
    SourceSpec warehouse = warehouse("failSafe", "50%");
    crawl(warehouse, dbt(), lineage());
    TestDatabases.execute(dir.resolve("warehouse.db"), "DROP TABLE customers");

    CrawlRun run = crawl(warehouse).getFirst();

    assertThat(run.counts().removed()).isEqualTo(1);
    Asset customers = asset(CUSTOMERS);
    assertThat(customers.deleted()).isFalse();
    assertThat(customers.sources()).containsExactly("dbt:jaffle-shop", "openlineage:scheduler");
    assertThat(field(customers, "customer_id").type()).as("only the database knew it").isNull();
    assertThat(customers.aspect(DatasetInfo.class).orElseThrow().description())
        .isEqualTo(DBT_DESCRIPTION);
  }

  @Test
  void a_persons_edit_survives_a_recrawl_that_changes_the_description_and_history_keeps_both()
      throws Exception {
    SourceSpec dbt = dbt();
    crawl(dbt);
    String edit = "One row per customer with lifetime spend; ask #data-marts before joining.";
    store.apply(
        Batch.builder("user:ana@acme.example")
            .actor("ana@acme.example")
            .upsert(CUSTOMERS, new DatasetInfo(null, edit, null, null, null, null, Map.of()))
            .upsert(CUSTOMERS, new Tags(List.of(new Tag("gold"))))
            .upsert(CUSTOMERS, new Ownership(List.of(new Owner(Urn.owner("ana"), "steward"))))
            .build());
    Path manifest = dir.resolve("target/manifest.json");
    Files.writeString(
        manifest,
        Files.readString(manifest, UTF_8).replace(DBT_DESCRIPTION, "The customers mart."),
        UTF_8);

    CrawlRun recrawl = crawl(dbt).getFirst();

    assertThat(recrawl.counts().changed()).as("the model's dataset and its job").isEqualTo(2);
    Asset customers = asset(CUSTOMERS);
    assertThat(customers.aspect(DatasetInfo.class).orElseThrow().description()).isEqualTo(edit);
    assertThat(customers.aspect(Tags.class).orElseThrow().tags()).contains(new Tag("gold"));
    assertThat(customers.aspect(Ownership.class).orElseThrow().owners())
        .contains(new Owner(Urn.owner("ana"), "steward"));
    assertThat(store.history(CUSTOMERS))
        .filteredOn(v -> v.kind() == AspectKind.DATASET_INFO)
        .extracting(
            AspectVersion::source,
            AspectVersion::version,
            v -> ((DatasetInfo) v.value()).description(),
            AspectVersion::actor)
        .as("the crawler's versions are kept beside the person's")
        .containsExactlyInAnyOrder(
            tuple("dbt:jaffle-shop", 1L, DBT_DESCRIPTION, "crawl-run:1"),
            tuple("user:ana@acme.example", 1L, edit, "ana@acme.example"),
            tuple("dbt:jaffle-shop", 2L, "The customers mart.", "crawl-run:" + recrawl.id()));
  }
}
