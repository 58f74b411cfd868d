package dev.meshlens.sample.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meshlens.catalog.Batch;
import dev.meshlens.catalog.EntityType;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.json.BatchParser;
import dev.meshlens.catalog.model.DatasetInfo;
import dev.meshlens.catalog.model.Field;
import dev.meshlens.catalog.model.Schema;
import dev.meshlens.catalog.model.UsageEvent;
import dev.meshlens.sample.synthetic.SyntheticMeshConfig.Content;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SyntheticMeshGeneratorTest {
  private static final BatchParser PARSER = new BatchParser();

  private static List<String> json(SyntheticMeshConfig config) {
    return new SyntheticMeshGenerator(config).batches().map(PARSER::toJson).toList();
  }

  private static Stream<Batch.Upsert> upserts(SyntheticMeshGenerator generator) {
    return generator.batches().flatMap(batch -> batch.upserts().stream());
  }

  private static List<Field> fields(SyntheticMeshGenerator generator) {
    return upserts(generator)
        .filter(u -> u.aspect() instanceof Schema)
        .flatMap(u -> ((Schema) u.aspect()).fields().stream())
        .toList();
  }

  @Test
  void the_same_seed_gives_the_same_bytes_and_another_seed_other_bytes() {
    SyntheticMeshConfig config = SyntheticMeshConfig.of(3_000).withBatchSize(700).withSeed(7);

    assertThat(json(config)).isEqualTo(json(config));
    assertThat(json(config.withSeed(8))).isNotEqualTo(json(config));
  }

  @Test
  void every_batch_is_valid_and_lineage_and_usage_refer_to_datasets_emitted_before() {
    SyntheticMeshGenerator generator =
        new SyntheticMeshGenerator(SyntheticMeshConfig.of(5_000).withBatchSize(333));
    MeshCheck check = new MeshCheck(generator.hubs());

    generator.forEachBatch(check);

    assertThat(check.problems()).isEmpty();
    assertThat(check.duplicateDatasets()).as("datasets emitted twice").isZero();
    assertThat(check.distinctDatasets()).isEqualTo(5_000);
    assertThat(check.counts().lineageEdges()).isGreaterThan(5_000);
  }

  @Test
  void each_batch_after_the_first_holds_batch_size_datasets_and_the_last_the_rest() {
    SyntheticMeshGenerator generator =
        new SyntheticMeshGenerator(SyntheticMeshConfig.of(2_500).withBatchSize(1_000));

    List<Long> datasetsPerBatch =
        generator.batches().map(batch -> MeshCounts.of(batch).datasets()).toList();

    assertThat(generator.batchCount()).isEqualTo(4);
    assertThat(datasetsPerBatch).containsExactly(0L, 1_000L, 1_000L, 500L);
  }

  @Test
  void the_mesh_has_domains_products_owners_and_columns_in_proportion() {
    SyntheticMeshGenerator generator = new SyntheticMeshGenerator(SyntheticMeshConfig.of(20_000));
    MeshCheck check = new MeshCheck(generator.hubs());

    generator.forEachBatch(check);

    MeshCounts counts = check.counts();
    assertThat(counts.domains()).isEqualTo(4);
    assertThat(counts.owners()).as("4 teams and 20 people").isEqualTo(24);
    assertThat(counts.products()).as("about one per 50 datasets").isBetween(250L, 1_000L);
    assertThat(counts.datasets()).isEqualTo(20_000);
    assertThat(counts.columns()).isEqualTo(200_000);
    assertThat(counts.jobs()).as("most datasets are written by a job").isBetween(16_000L, 19_000L);
    assertThat(counts.usageEvents()).isBetween(10_000L, 40_000L);
  }

  @Test
  void hubs_are_read_by_many_jobs() {
    SyntheticMeshGenerator generator = new SyntheticMeshGenerator(SyntheticMeshConfig.of(20_000));
    MeshCheck check = new MeshCheck(generator.hubs());

    generator.forEachBatch(check);

    assertThat(generator.hubs()).hasSize(3);
    assertThat(check.hubReaders().values()).allSatisfy(r -> assertThat(r).isGreaterThan(200));
  }

  @Test
  void names_are_snake_case_or_camel_case_by_platform() {
    SyntheticMeshGenerator generator = new SyntheticMeshGenerator(SyntheticMeshConfig.of(2_000));

    List<String> columns = fields(generator).stream().map(Field::name).toList();

    assertThat(columns).anyMatch(name -> name.matches("[a-z]+(_[a-z]+)+"));
    assertThat(columns).anyMatch(name -> name.matches("[a-z]+([A-Z][a-z]+)+"));
    assertThat(upserts(generator).map(u -> u.urn().part(0)))
        .anyMatch(ns -> ns.startsWith("postgres://"))
        .anyMatch(ns -> ns.startsWith("kafka://"));
  }

  @Test
  void some_descriptions_are_missing_and_a_few_columns_hold_personal_data() {
    SyntheticMeshGenerator generator = new SyntheticMeshGenerator(SyntheticMeshConfig.of(2_000));
    List<Field> fields = fields(generator);
    long undescribedDatasets =
        upserts(generator)
            .filter(u -> u.aspect() instanceof DatasetInfo info && info.description() == null)
            .count();

    assertThat(fields.stream().filter(f -> f.description() == null).count())
        .isBetween(fields.size() / 5L, fields.size() / 2L);
    assertThat(undescribedDatasets).isBetween(100L, 600L);
    assertThat(fields.stream().filter(f -> f.classification() != null).count())
        .as("personal columns, in about 8% of 2,000 datasets")
        .isBetween(80L, 250L);
  }

  @Test
  void usage_is_skewed_towards_a_few_popular_datasets() {
    SyntheticMeshGenerator generator = new SyntheticMeshGenerator(SyntheticMeshConfig.of(10_000));
    Map<Urn, Integer> events = new HashMap<>();
    generator.forEachBatch(batch -> {
      for (UsageEvent event : batch.usage()) {
        events.merge(event.dataset(), 1, Integer::sum);
      }
    });
    int total = events.values().stream().mapToInt(Integer::intValue).sum();
    int topHundred =
        events.values().stream()
            .sorted(Comparator.reverseOrder())
            .limit(100)
            .mapToInt(Integer::intValue)
            .sum();

    assertThat(topHundred).as("events of the top 1%% of %d", total).isGreaterThan(total / 4);
    assertThat(events.size()).as("datasets used at least once").isLessThan(9_000);
  }

  @Test
  void datasets_only_holds_datasets_with_their_own_aspects() {
    SyntheticMeshGenerator generator =
        new SyntheticMeshGenerator(
            SyntheticMeshConfig.of(1_500).withContent(Content.DATASETS_ONLY));

    assertThat(generator.batchCount()).isEqualTo(2);
    assertThat(upserts(generator).map(u -> u.urn().type())).containsOnly(EntityType.DATASET);
    assertThat(upserts(generator).map(u -> u.aspect().aspectKind().code()).distinct())
        .containsExactlyInAnyOrder("datasetInfo", "schema", "membership", "ownership", "tags");
    assertThat(generator.batches().mapToLong(b -> b.usage().size()).sum()).isZero();
  }

  @Test
  void a_batch_computed_alone_equals_the_same_batch_in_sequence() {
    SyntheticMeshGenerator generator =
        new SyntheticMeshGenerator(SyntheticMeshConfig.of(3_000).withBatchSize(500));

    List<Batch> all = generator.batches().toList();

    assertThat(generator.batch(4)).isEqualTo(all.get(4));
    assertThat(generator.batch(0)).isEqualTo(all.get(0));
  }

  @Test
  void the_iterator_says_when_all_batches_were_generated() {
    Iterator<Batch> batches = new SyntheticMeshGenerator(SyntheticMeshConfig.of(10)).iterator();
    batches.next();
    batches.next();

    assertThat(batches.hasNext()).isFalse();
    assertThatThrownBy(batches::next).hasMessage("all 2 batches were generated");
  }
}
