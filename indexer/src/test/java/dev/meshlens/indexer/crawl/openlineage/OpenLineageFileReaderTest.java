package dev.meshlens.indexer.crawl.openlineage;

import static dev.meshlens.indexer.crawl.support.Batches.load;
import static dev.meshlens.indexer.crawl.support.Batches.valid;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meshlens.catalog.Batch;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.model.ColumnLineage;
import dev.meshlens.catalog.model.DatasetInfo;
import dev.meshlens.catalog.model.JobInfo;
import dev.meshlens.catalog.model.JobLineage;
import dev.meshlens.catalog.model.QualityChecks;
import dev.meshlens.catalog.model.QualityResult;
import dev.meshlens.catalog.model.Run;
import dev.meshlens.catalog.model.RunState;
import dev.meshlens.catalog.model.Schema;
import dev.meshlens.catalog.model.UsageEvent;
import dev.meshlens.indexer.crawl.CrawlOutput;
import dev.meshlens.indexer.crawl.CrawlWarning;
import dev.meshlens.indexer.crawl.Material;
import dev.meshlens.indexer.crawl.SourceSpec;
import dev.meshlens.indexer.crawl.support.Batches;
import dev.meshlens.indexer.crawl.support.Documents;
import dev.meshlens.indexer.crawl.support.Warnings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class OpenLineageFileReaderTest {
  private static final Path SEED =
      Material.path("openlineage-events/marquez-food-delivery-seed/metadata.filled.DERIVED.json");
  private static final OpenLineageValidator VALIDATOR = new OpenLineageValidator();
  private static CrawlOutput seed;

  @BeforeAll
  static void replay_the_food_delivery_seed() {
    seed =
        valid(
            new OpenLineageFileReader(VALIDATOR)
                .read(new SourceSpec("seed", "openlineage", SEED.toString())));
  }

  private static Urn table(String name) {
    return Urn.dataset("food_delivery", "public." + name);
  }

  private static <T> List<T> all(
      CrawlOutput output, java.util.function.Function<Batch, List<T>> part) {
    return output.batches().stream().map(part).flatMap(List::stream).toList();
  }

  @Test
  void the_seed_gives_its_13_jobs_13_datasets_and_26_run_reports_without_warnings() {
    assertThat(seed.warnings()).isEmpty();
    assertThat(Batches.assetsWith(seed, JobInfo.class)).hasSize(13);
    assertThat(Batches.assetsWith(seed, Schema.class)).hasSize(13);
    assertThat(all(seed, Batch::runs)).hasSize(26);
    JobInfo etl = load(seed, Urn.job("food_delivery", "etl_menus"), JobInfo.class);
    assertThat(etl.sql()).startsWith("INSERT INTO menus");
    assertThat(etl.description()).isEqualTo("Loads newly added restaurant menus daily.");
  }

  @Test
  void the_seed_gives_dataset_docs_schema_and_column_lineage() {
    assertThat(load(seed, table("menus"), DatasetInfo.class).description())
        .isEqualTo("A table for menus.");
    assertThat(load(seed, table("menus"), DatasetInfo.class).properties())
        .containsEntry("dataSourceUri", "postgres://food_delivery@postgres:5432/food_delivery");
    JobLineage lineage =
        load(seed, Urn.job("food_delivery", "etl_delivery_7_days"), JobLineage.class);
    assertThat(lineage.outputs()).containsExactly(table("delivery_7_days"));
    assertThat(lineage.inputs())
        .as("the 5 listed inputs, and public.menu_item_id, which the seed's column lineage names")
        .containsExactly(
            table("orders_7_days"),
            table("customers"),
            table("order_status"),
            table("drivers"),
            table("restaurants"),
            table("menu_item_id"));
    assertThat(lineage.columns())
        .filteredOn(c -> c.target().equals(table("delivery_7_days").field("customer_email")))
        .singleElement()
        .extracting(ColumnLineage::sources)
        .isEqualTo(List.of(table("customers").field("email")));
    long jobsWithColumnLineage =
        Batches.assetsWith(seed, JobLineage.class).stream()
            .filter(j -> !load(seed, j, JobLineage.class).columns().isEmpty())
            .count();
    assertThat(jobsWithColumnLineage).isEqualTo(4);
  }

  @Test
  void quality_assertions_become_checks_and_results() {
    assertThat(load(seed, table("delivery_7_days"), QualityChecks.class).checks())
        .hasSize(2)
        .anyMatch(c -> c.id().equals("not_null:driver_id"));
    assertThat(all(seed, Batch::qualityResults))
        .extracting(QualityResult::checkId, QualityResult::passed)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("not_null:driver_id", false),
            org.assertj.core.groups.Tuple.tuple("is_string:customer_address", true));
  }

  @Test
  void each_run_that_reads_a_dataset_is_one_use_by_its_job() {
    List<UsageEvent> usage = all(seed, Batch::usage);
    assertThat(usage).allMatch(u -> u.principalKind() == UsageEvent.PrincipalKind.JOB);
    assertThat(usage)
        .filteredOn(u -> u.dataset().equals(table("customers")))
        .as("read by etl_delivery_7_days, orders_popular_day_of_week and email_discounts")
        .hasSize(3);
  }

  @Test
  void reports_of_one_run_merge_to_the_same_final_state_in_any_order() {
    List<Run> reports =
        all(seed, Batch::runs).stream()
            .filter(r -> r.job().equals(Urn.job("food_delivery", "etl_orders_7_days")))
            .toList();
    Run forward = reports.get(0).merge(reports.get(1));
    Run backward = reports.get(1).merge(reports.get(0));
    assertThat(backward).isEqualTo(forward);
    assertThat(forward.state()).isEqualTo(RunState.COMPLETE);
    assertThat(forward.startedAt()).isEqualTo(Instant.parse("2024-01-01T00:00:00Z"));
    assertThat(forward.endedAt()).isEqualTo(Instant.parse("2024-01-01T00:07:00Z"));
    assertThat(forward.inputs()).hasSize(4);
  }

  @Test
  void every_complete_event_maps_to_valid_batches() {
    Path folder = Material.path("openlineage-events/complete");
    CrawlOutput output =
        valid(
            new OpenLineageFileReader(VALIDATOR)
                .read(new SourceSpec("c", "openlineage", folder.toString())));
    assertThat(output.operations()).isPositive();
    assertThat(output.warnings())
        .extracting(w -> Path.of(w.file()).getFileName().toString())
        .as("only the three events the material says break the schemas")
        .containsOnly(
            "marquez-api-test__event_full.json",
            "openlineage-fluentd__event_full.json",
            "marquez-api-test__event_without_schema_url.json");
  }

  static Stream<Path> invalidEvents() throws IOException {
    try (Stream<Path> files = Files.list(Material.path("openlineage-events/invalid"))) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("invalidEvents")
  void an_invalid_event_gives_a_warning_naming_the_file_and_path(Path file) {
    Warnings warnings = new Warnings();
    OpenLineageReplay replay = new OpenLineageReplay("openlineage:test", VALIDATOR);
    replay.accept(Documents.read(file), file.toString(), warnings);
    assertThat(warnings.list()).isNotEmpty().allMatch(w -> w.file().equals(file.toString()));
    assertThat(warnings.list())
        .extracting(CrawlWarning::path)
        .as("JSON pointers into the event; at least one names the broken place")
        .allMatch(p -> p.isEmpty() || p.startsWith("/"))
        .anyMatch(p -> p.length() > 1);
    replay.drain(1000).forEach(dev.meshlens.catalog.BatchValidator::check);
  }

  @Test
  void an_ndjson_file_is_replayed_line_by_line_and_a_bad_line_is_a_warning(@TempDir Path dir)
      throws IOException {
    JsonNode events = Documents.read(SEED);
    List<String> lines = new ArrayList<>();
    for (JsonNode event : events) {
      lines.add(event.toString());
    }
    lines.add(3, "{not json");
    Path file = dir.resolve("events.ndjson");
    Files.write(file, lines);
    CrawlOutput output =
        valid(
            new OpenLineageFileReader(VALIDATOR)
                .read(new SourceSpec("n", "openlineage", file.toString())));
    assertThat(output.warnings())
        .singleElement()
        .satisfies(w -> assertThat(w.file()).endsWith("events.ndjson:4"));
    assertThat(Batches.assetsWith(output, JobInfo.class)).hasSize(13);
  }

  @Test
  void a_batch_size_splits_the_replay_into_several_valid_batches() {
    CrawlOutput output =
        valid(
            new OpenLineageFileReader(VALIDATOR)
                .read(
                    new SourceSpec(
                        "s", "openlineage", SEED.toString(), java.util.Map.of("batchSize", "20"))));
    assertThat(output.batches()).hasSizeGreaterThan(3).allMatch(b -> b.size() <= 20);
    assertThat(output.operations()).isEqualTo(seed.operations());
  }
}
