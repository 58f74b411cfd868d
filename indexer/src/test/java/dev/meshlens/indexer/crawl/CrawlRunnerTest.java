package dev.meshlens.indexer.crawl;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meshlens.catalog.AssetQuery;
import dev.meshlens.catalog.CrawlRun;
import dev.meshlens.catalog.CrawlStatus;
import dev.meshlens.catalog.EntityType;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.model.JobLineage;
import dev.meshlens.catalog.model.Schema;
import dev.meshlens.catalog.sqlite.SqliteCatalogStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sources file over real material, crawled into a real store, twice. */
class CrawlRunnerTest {
  @TempDir Path dir;
  SqliteCatalogStore store;
  final SourceReaders readers = SourceReaders.standard();

  @BeforeEach
  void open() {
    store = SqliteCatalogStore.open(dir.resolve("catalog.db"));
  }

  @AfterEach
  void close() {
    store.close();
  }

  private Path sourcesFile() throws Exception {
    Path material = Material.root();
    Path file = dir.resolve("sources.yaml");
    Files.writeString(
        file,
        """
        sources:
          - name: chinook
            type: jdbc
            location: %s
            schedule: "0 * * * *"
            options:
              namespace: postgres://chinook-db:5432
              database: chinook
              schema: public
          - name: jaffle-shop
            type: dbt
            location: %s
            schedule: "15 3 * * *"
          - name: food-delivery
            type: openlineage
            location: %s
        """
            .formatted(
                material.resolve("sample-databases/chinook/Chinook_Sqlite.sqlite"),
                material.resolve("dbt/jaffle_shop_duckdb_dbt1.12"),
                material.resolve(
                    "openlineage-events/marquez-food-delivery-seed/metadata.filled.DERIVED.json")),
        UTF_8);
    return file;
  }

  @Test
  void a_sources_file_crawls_into_the_store_and_a_second_crawl_writes_nothing() throws Exception {
    List<SourceDefinition> sources = SourcesFile.read(sourcesFile(), readers);
    CrawlRunner runner = new CrawlRunner(store, readers);

    List<CrawlRun> first = sources.stream().map(s -> runner.run(s.spec(), "test")).toList();
    long sequence = store.lastSequence();
    List<CrawlRun> second = sources.stream().map(s -> runner.run(s.spec(), "test")).toList();

    assertThat(sources)
        .extracting(SourceDefinition::schedule)
        .containsExactly("0 * * * *", "15 3 * * *", null);
    assertThat(first)
        .allSatisfy(r -> {
          assertThat(r.status()).isEqualTo(CrawlStatus.SUCCEEDED);
          assertThat(r.counts().added()).isPositive();
        });
    assertThat(second)
        .as("an unchanged source writes nothing")
        .allSatisfy(r -> {
          assertThat(r.counts().added() + r.counts().changed()).isZero();
          assertThat(r.counts().unchanged())
              .isEqualTo(first.get(second.indexOf(r)).counts().added());
        });
    assertThat(store.crawlRuns("jdbc:chinook", 10)).hasSize(2);
    assertThat(store.lastSequence()).isEqualTo(sequence);
    Urn invoice = Urn.dataset("postgres://chinook-db:5432", "chinook.public.Invoice");
    assertThat(store.loadAsset(invoice).aspect(Schema.class).orElseThrow().foreignKeys())
        .isNotEmpty();
    assertThat(store.listAssets(new AssetQuery(EntityType.JOB, null, 1, 100, false)).total())
        .as("13 food-delivery jobs and the dbt model jobs")
        .isGreaterThan(13);
    assertThat(
            store.listAssets(new AssetQuery(EntityType.JOB, null, 1, 100, false)).items().stream()
                .map(j -> store.loadAsset(j.urn()).aspect(JobLineage.class))
                .filter(l -> l.isPresent() && !l.get().outputs().isEmpty())
                .count())
        .isGreaterThan(10);
  }

  @Test
  void a_bad_sources_file_names_every_problem() throws Exception {
    Path file = dir.resolve("bad.yaml");
    Files.writeString(
        file,
        """
        - name: a
          type: jdbc
          location: x.db
        - name: a
          type: odps
          location: domains
        - name: b
          type: ftp
          location: somewhere
        - name: c
          type: dbt
          location: target
          colour: blue
        """,
        UTF_8);

    assertThatThrownBy(() -> SourcesFile.read(file, readers))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("3 problem(s)")
        .hasMessageContaining("sources[1]: duplicate source name 'a'")
        .hasMessageContaining("sources[2]: no reader for type 'ftp'")
        .hasMessageContaining("sources[3]: unknown key 'colour'");
  }

  @Test
  void relative_locations_resolve_against_the_sources_file() {
    Path base = Path.of("/srv/mesh");

    assertThat(SourcesFile.resolve("jdbc", "databases/a.sqlite", base))
        .isEqualTo("jdbc:sqlite:/srv/mesh/databases/a.sqlite");
    assertThat(SourcesFile.resolve("jdbc", "jdbc:postgresql://db:5432/x", base))
        .isEqualTo("jdbc:postgresql://db:5432/x");
    assertThat(SourcesFile.resolve("dbt", "dbt/finance", base)).isEqualTo("/srv/mesh/dbt/finance");
    assertThat(SourcesFile.resolve("odps", "/abs/domains", base)).isEqualTo("/abs/domains");
  }
}
