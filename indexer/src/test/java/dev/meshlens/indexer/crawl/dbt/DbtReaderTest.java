package dev.meshlens.indexer.crawl.dbt;

import static dev.meshlens.indexer.crawl.support.Batches.load;
import static dev.meshlens.indexer.crawl.support.Batches.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meshlens.catalog.Batch;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.model.DatasetInfo;
import dev.meshlens.catalog.model.Field;
import dev.meshlens.catalog.model.JobInfo;
import dev.meshlens.catalog.model.JobLineage;
import dev.meshlens.catalog.model.QualityCheck;
import dev.meshlens.catalog.model.QualityChecks;
import dev.meshlens.catalog.model.QualityResult;
import dev.meshlens.catalog.model.Run;
import dev.meshlens.catalog.model.RunState;
import dev.meshlens.catalog.model.Schema;
import dev.meshlens.indexer.crawl.CrawlOutput;
import dev.meshlens.indexer.crawl.Material;
import dev.meshlens.indexer.crawl.SourceSpec;
import dev.meshlens.indexer.crawl.SourceUnreadableException;
import dev.meshlens.indexer.crawl.support.Batches;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DbtReaderTest {
  private static final String NS = "duckdb://jaffle_shop.duckdb";
  private static final Path JAFFLE = Material.path("dbt/jaffle_shop_duckdb_dbt1.12");
  private static CrawlOutput jaffle;

  @BeforeAll
  static void crawl_jaffle_shop() {
    jaffle = valid(new DbtReader().read(new SourceSpec("jaffle", "dbt", JAFFLE.toString())));
  }

  private static Urn main(String name) {
    return Urn.dataset(NS, "jaffle_shop.main." + name);
  }

  private static List<Run> runs(CrawlOutput output) {
    return output.batches().stream().flatMap(b -> b.runs().stream()).toList();
  }

  private static List<QualityResult> results(CrawlOutput output) {
    return output.batches().stream().map(Batch::qualityResults).flatMap(List::stream).toList();
  }

  @Test
  void models_seeds_and_sources_are_datasets_named_from_the_duckdb_adapter() {
    assertThat(Batches.assetsWith(jaffle, DatasetInfo.class))
        .as("13 models, and 6 raw tables that are both a seed and a source")
        .hasSize(19)
        .contains(main("customers"), Urn.dataset(NS, "jaffle_shop.raw.raw_customers"));
    assertThat(jaffle.warnings()).isEmpty();
    DatasetInfo raw =
        load(jaffle, Urn.dataset(NS, "jaffle_shop.raw.raw_customers"), DatasetInfo.class);
    assertThat(raw.description())
        .isEqualTo("One record per person who has purchased one or more items");
    assertThat(load(jaffle, main("stg_customers"), DatasetInfo.class).kind()).isEqualTo("view");
  }

  @Test
  void customers_has_its_columns_with_descriptions_and_catalog_types() {
    DatasetInfo info = load(jaffle, main("customers"), DatasetInfo.class);
    assertThat(info.description()).startsWith("Customer overview data mart");
    Schema schema = load(jaffle, main("customers"), Schema.class);
    assertThat(schema.fields()).hasSize(9);
    Field id = schema.fields().getFirst();
    assertThat(id.name()).isEqualTo("customer_id");
    assertThat(id.type()).as("catalog.json types win").isEqualTo("VARCHAR");
    assertThat(id.description()).isEqualTo("The unique key of the orders mart.");
    assertThat(schema.fields())
        .filteredOn(f -> f.name().equals("lifetime_spend"))
        .singleElement()
        .satisfies(f -> assertThat(f.type()).isEqualTo("DECIMAL(38,2)"));
  }

  @Test
  void customers_is_built_by_a_job_reading_stg_customers_and_orders() {
    Urn job = Urn.job("dbt", "jaffle_shop.customers");
    JobLineage lineage = load(jaffle, job, JobLineage.class);
    assertThat(lineage.inputs()).containsExactly(main("stg_customers"), main("orders"));
    assertThat(lineage.outputs()).containsExactly(main("customers"));
    assertThat(load(jaffle, job, JobInfo.class).sql()).contains("\"jaffle_shop\".\"main\"");
    assertThat(load(jaffle, Urn.job("dbt", "jaffle_shop.stg_customers"), JobLineage.class).inputs())
        .containsExactly(Urn.dataset(NS, "jaffle_shop.raw.raw_customers"));
  }

  @Test
  void tests_are_quality_checks_on_the_tested_model_with_their_latest_results() {
    List<QualityCheck> checks = load(jaffle, main("customers"), QualityChecks.class).checks();
    assertThat(checks)
        .extracting(QualityCheck::id)
        .contains("not_null_customers_customer_id", "unique_customers_customer_id");
    QualityCheck notNull =
        checks.stream().filter(c -> c.type().equals("not_null")).findFirst().orElseThrow();
    assertThat(notNull.column()).isEqualTo("customer_id");
    assertThat(results(jaffle)).hasSize(27).allMatch(QualityResult::passed);
    assertThat(results(jaffle))
        .anyMatch(r ->
            r.dataset().equals(main("customers"))
                && r.checkId().equals("not_null_customers_customer_id"));
  }

  @Test
  void model_runs_come_from_run_results() {
    assertThat(runs(jaffle)).hasSize(13).allMatch(r -> r.state() == RunState.COMPLETE);
    Run customers =
        runs(jaffle).stream()
            .filter(r -> r.job().equals(Urn.job("dbt", "jaffle_shop.customers")))
            .findFirst()
            .orElseThrow();
    assertThat(customers.runId())
        .isEqualTo("24ad943b-c71e-497c-be0b-d037a3c525ad:model.jaffle_shop.customers");
    assertThat(customers.startedAt()).isNotNull().isBefore(customers.endedAt());
  }

  @Test
  void the_dbt_core_v12_fixture_loads_with_a_namespace_option() {
    CrawlOutput output =
        valid(
            new DbtReader()
                .read(
                    new SourceSpec(
                        "core",
                        "dbt",
                        Material.path("dbt/dbt-core-test-fixture-v12").toString(),
                        Map.of("namespace", "postgres://warehouse.acme.internal:5432"))));
    String schema = "dbt.test17594237163467600387_test_previous_version_state.";
    Urn model = Urn.dataset("postgres://warehouse.acme.internal:5432", schema + "my_model");
    assertThat(load(output, model, QualityChecks.class).checks())
        .extracting(QualityCheck::type)
        .contains("not_null", "singular");
    assertThat(load(output, Urn.job("dbt", "test.snapshot_seed"), JobInfo.class).type())
        .isEqualTo("dbt-snapshot");
    assertThat(output.warnings()).isEmpty();
  }

  @Test
  void without_a_namespace_a_postgres_manifest_is_named_by_project_with_a_warning() {
    CrawlOutput output =
        new DbtReader()
            .read(
                new SourceSpec(
                    "core", "dbt", Material.path("dbt/dbt-core-test-fixture-v12").toString()));
    assertThat(output.warnings())
        .singleElement()
        .satisfies(w -> assertThat(w.reason()).contains("postgres://test"));
  }

  @Test
  void a_broken_catalog_is_a_warning_and_the_manifest_still_loads(@TempDir Path dir)
      throws IOException {
    Files.copy(JAFFLE.resolve("manifest.json"), dir.resolve("manifest.json"));
    Files.writeString(dir.resolve("catalog.json"), "{\"nodes\": ");
    CrawlOutput output = valid(new DbtReader().read(new SourceSpec("j", "dbt", dir.toString())));
    assertThat(output.warnings())
        .singleElement()
        .satisfies(w -> assertThat(w.file()).endsWith("catalog.json"));
    assertThat(Batches.assetsWith(output, Schema.class)).contains(main("customers"));
    assertThat(runs(output)).isEmpty();
  }

  @Test
  void an_unknown_manifest_version_is_read_leniently_with_a_warning(@TempDir Path dir)
      throws IOException {
    Files.writeString(
        dir.resolve("manifest.json"),
        Files.readString(JAFFLE.resolve("manifest.json"))
            .replace("manifest/v12.json", "manifest/v99.json"));
    CrawlOutput output = new DbtReader().read(new SourceSpec("j", "dbt", dir.toString()));
    assertThat(output.warnings())
        .singleElement()
        .satisfies(w -> assertThat(w.path()).isEqualTo("/metadata/dbt_schema_version"));
    assertThat(Batches.assetsWith(output, JobLineage.class)).hasSize(13);
  }

  @Test
  void a_malformed_manifest_fails_the_crawl(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("manifest.json"), "{\"metadata\": {");
    assertThatThrownBy(() -> new DbtReader().read(new SourceSpec("j", "dbt", dir.toString())))
        .isInstanceOf(SourceUnreadableException.class)
        .hasMessageContaining("manifest.json");
  }

  @Test
  void a_folder_without_a_manifest_fails_the_crawl(@TempDir Path dir) {
    assertThatThrownBy(() -> new DbtReader().read(new SourceSpec("j", "dbt", dir.toString())))
        .isInstanceOf(SourceUnreadableException.class)
        .hasMessageContaining("No dbt manifest.json");
  }
}
