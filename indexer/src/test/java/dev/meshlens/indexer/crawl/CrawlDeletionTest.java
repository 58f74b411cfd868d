package dev.meshlens.indexer.crawl;

import static dev.meshlens.indexer.crawl.TestDatabases.createTables;
import static dev.meshlens.indexer.crawl.TestDatabases.dataset;
import static dev.meshlens.indexer.crawl.TestDatabases.execute;
import static dev.meshlens.indexer.crawl.TestDatabases.table;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.meshlens.catalog.AspectVersion;
import dev.meshlens.catalog.AssetCounts;
import dev.meshlens.catalog.ChangeOp;
import dev.meshlens.catalog.CrawlRun;
import dev.meshlens.catalog.CrawlStatus;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.model.AspectKind;
import dev.meshlens.catalog.model.DatasetInfo;
import dev.meshlens.catalog.model.Field;
import dev.meshlens.catalog.model.Schema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** What vanished from a source is soft-deleted after a successful run, unless too much vanished. */
class CrawlDeletionTest extends CatalogTest {

  private SourceSpec shopWith20Tables(String... options) throws Exception {
    createTables(dir.resolve("shop.db"), 20);
    SourceSpec shop = TestDatabases.spec("shop", dir.resolve("shop.db"), options);
    assertThat(runner().run(shop, "test").counts()).isEqualTo(new AssetCounts(20, 0, 0, 0));
    return shop;
  }

  private void drop(int... tables) throws Exception {
    execute(
        dir.resolve("shop.db"),
        IntStream.of(tables).mapToObj(i -> "DROP TABLE " + table(i)).toArray(String[]::new));
  }

  @Test
  void a_table_that_vanished_is_soft_deleted_with_its_history_after_a_successful_run()
      throws Exception {
    SourceSpec shop = shopWith20Tables();
    drop(7);

    CrawlRun run = runner().run(shop, "test");

    assertThat(run.status()).isEqualTo(CrawlStatus.SUCCEEDED);
    assertThat(run.counts()).isEqualTo(new AssetCounts(0, 0, 19, 1));
    assertThat(run.error()).isNull();
    Urn gone = dataset("t007");
    assertThat(asset(gone).deleted()).isTrue();
    assertThat(asset(gone).sources()).isEmpty();
    assertThat(stated(shop)).hasSize(19).doesNotContain(gone);
    assertThat(live()).hasSize(19).doesNotContain(gone);
    List<AspectVersion> history = store.history(gone);
    assertThat(history)
        .as("what the source said is kept, then its withdrawal by the run")
        .filteredOn(v -> v.kind() == AspectKind.SCHEMA)
        .extracting(AspectVersion::op, AspectVersion::version, AspectVersion::actor)
        .containsExactly(
            tuple(ChangeOp.UPSERT, 1L, "crawl-run:1"),
            tuple(ChangeOp.DELETE, 2L, "crawl-run:" + run.id()));
    assertThat(history)
        .filteredOn(v -> v.kind() == AspectKind.DATASET_INFO && v.op() == ChangeOp.UPSERT)
        .singleElement()
        .satisfies(v -> assertThat(((DatasetInfo) v.value()).displayName()).isEqualTo("t007"));
  }

  @Test
  void the_fail_safe_keeps_everything_when_half_the_tables_vanish_but_applies_the_changes()
      throws Exception {
    SourceSpec shop = shopWith20Tables();
    Set<Urn> before = stated(shop);
    drop(11, 12, 13, 14, 15, 16, 17, 18, 19, 20);
    execute(dir.resolve("shop.db"), "ALTER TABLE t001 ADD COLUMN note TEXT");

    CrawlRun run = runner().run(shop, "test");

    assertThat(run.status()).isEqualTo(CrawlStatus.FAILSAFE);
    assertThat(run.error())
        .contains("10 of the 20 assets", "(50%)", "threshold of 30%", "nothing was deleted");
    assertThat(run.counts())
        .as("the changed table is applied, nothing is removed")
        .isEqualTo(new AssetCounts(0, 1, 9, 0));
    assertThat(stated(shop)).isEqualTo(before);
    assertThat(live()).isEqualTo(before);
    assertThat(asset(dataset("t001")).aspect(Schema.class).orElseThrow().fields())
        .extracting(Field::name)
        .containsExactly("id", "name", "note");
  }

  @Test
  void a_raised_fail_safe_lets_a_large_deletion_through() throws Exception {
    SourceSpec shop = shopWith20Tables("failSafe", "0.5");
    drop(11, 12, 13, 14, 15, 16, 17, 18, 19, 20);

    CrawlRun run = runner().run(shop, "test");

    assertThat(run.status()).isEqualTo(CrawlStatus.SUCCEEDED);
    assertThat(run.counts()).isEqualTo(new AssetCounts(0, 0, 10, 10));
    assertThat(live()).hasSize(10);
  }

  @Test
  void exactly_the_threshold_may_vanish_and_one_table_more_trips_it() throws Exception {
    SourceSpec shop = shopWith20Tables("failSafe", "30%", "batchSize", "4");
    drop(1, 2, 3, 4, 5, 6);

    CrawlRun sixOfTwenty = runner().run(shop, "test");
    drop(7, 8, 9, 10, 11);
    CrawlRun fiveOfFourteen = runner().run(shop, "test");

    assertThat(sixOfTwenty.status()).isEqualTo(CrawlStatus.SUCCEEDED);
    assertThat(sixOfTwenty.counts().removed())
        .as("6 of 20 is 30%%, withdrawn in batches of at most 4")
        .isEqualTo(6);
    assertThat(fiveOfFourteen.status()).isEqualTo(CrawlStatus.FAILSAFE);
    assertThat(fiveOfFourteen.error()).contains("5 of the 14 assets", "(35.7%)");
    assertThat(live()).hasSize(14);
  }

  @Test
  void a_folder_that_was_emptied_trips_the_fail_safe() throws Exception {
    Path events = Files.createDirectories(dir.resolve("events"));
    List<String> lines = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      lines.add(OpenLineageEvents.complete("load_" + i, List.of(), List.of("raw.table_" + i)));
    }
    Files.write(events.resolve("events.ndjson"), lines, UTF_8);
    SourceSpec source = new SourceSpec("events", "openlineage", events.toString());
    CrawlRun first = runner().run(source, "test");
    Files.delete(events.resolve("events.ndjson"));

    CrawlRun second = runner().run(source, "test");

    assertThat(first.status()).isEqualTo(CrawlStatus.SUCCEEDED);
    assertThat(first.counts().added()).as("3 jobs and 3 datasets").isEqualTo(6);
    assertThat(second.status()).isEqualTo(CrawlStatus.FAILSAFE);
    assertThat(second.error()).contains("6 of the 6 assets", "(100%)");
    assertThat(stated(source)).hasSize(6);
  }
}
