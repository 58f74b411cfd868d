package dev.meshlens.api.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshlens.catalog.Asset;
import dev.meshlens.catalog.AssetQuery;
import dev.meshlens.catalog.AssetSummary;
import dev.meshlens.catalog.CrawlRun;
import dev.meshlens.catalog.CrawlStatus;
import dev.meshlens.catalog.EntityType;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.model.ContractInfo;
import dev.meshlens.catalog.model.Field;
import dev.meshlens.catalog.model.GlossaryLinks;
import dev.meshlens.catalog.model.JobLineage;
import dev.meshlens.catalog.model.Membership;
import dev.meshlens.catalog.model.Owner;
import dev.meshlens.catalog.model.Ownership;
import dev.meshlens.catalog.model.Port;
import dev.meshlens.catalog.model.ProductInfo;
import dev.meshlens.catalog.model.Schema;
import dev.meshlens.catalog.sqlite.SqliteCatalogStore;
import dev.meshlens.indexer.crawl.CrawlRunner;
import dev.meshlens.indexer.crawl.SourceReaders;
import dev.meshlens.indexer.crawl.SourcesFile;
import dev.meshlens.indexer.schedule.Scheduler;
import dev.meshlens.indexer.schedule.SchedulerConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample mesh loads completely through the scheduler's startup crawls, and every reference in
 * it resolves.
 */
class SampleMeshLoaderTest {
  @TempDir static Path dir;
  static SqliteCatalogStore store;
  static List<CrawlRun> reports;
  static final Map<Urn, Asset> assets = new HashMap<>();

  @BeforeAll
  static void load() {
    store = SqliteCatalogStore.open(dir.resolve("catalog.db"));
    reports = startupRuns();
    for (EntityType type : EntityType.values()) {
      int page = 1;
      List<AssetSummary> items;
      do {
        items = store.listAssets(new AssetQuery(type, null, page++, 1000, false)).items();
        items.forEach(s -> assets.put(s.urn(), store.loadAsset(s.urn())));
      } while (items.size() == 1000);
    }
  }

  /** Starts a scheduler on the extracted sample mesh and waits for its startup runs. */
  private static List<CrawlRun> startupRuns() {
    Path sources = SampleMeshLoader.extract(dir);
    SourceReaders readers = SourceReaders.standard();
    try (Scheduler scheduler =
        new Scheduler(
            store,
            readers,
            new CrawlRunner(store, readers),
            SchedulerConfig.of(sources).withStartupRuns(true))) {
      return scheduler.start().stream().map(r -> r.result().join()).toList();
    }
  }

  @AfterAll
  static void close() {
    store.close();
  }

  private static List<Asset> ofType(EntityType type) {
    return assets.values().stream().filter(a -> a.type() == type).toList();
  }

  /** Known from a source that describes assets, not only from lineage events or logs. */
  private static boolean described(Urn urn) {
    Asset asset = assets.get(urn);
    return asset != null
        && asset.sources().stream()
            .anyMatch(s -> !s.startsWith("openlineage:") && !s.startsWith("usage"));
  }

  @Test
  void the_mesh_is_the_size_of_a_mid_size_company() {
    assertThat(ofType(EntityType.DOMAIN)).hasSizeGreaterThanOrEqualTo(6);
    assertThat(ofType(EntityType.PRODUCT)).hasSizeGreaterThanOrEqualTo(24);
    assertThat(ofType(EntityType.DATASET)).hasSizeGreaterThanOrEqualTo(300);
    assertThat(
            ofType(EntityType.DATASET).stream()
                .mapToInt(a -> a.aspect(Schema.class).map(s -> s.fields().size()).orElse(0))
                .sum())
        .isGreaterThanOrEqualTo(3000);
    assertThat(ofType(EntityType.TERM)).hasSizeGreaterThanOrEqualTo(40);
    assertThat(reports)
        .allSatisfy(r -> assertThat(r.status()).as(r.source()).isEqualTo(CrawlStatus.SUCCEEDED));
    assertThat(reports.stream().filter(r -> !r.source().startsWith("usage:")))
        .as("every source but the query log (facts only) adds assets")
        .allSatisfy(r -> assertThat(r.counts().added()).as(r.source()).isPositive());
    assertThat(reports.stream().mapToInt(CrawlRun::warningCount).sum())
        .as(
            "the sample mesh reads without warnings: %s",
            reports.stream().flatMap(r -> r.warnings().stream()).limit(5).toList())
        .isZero();
  }

  @Test
  void every_owner_resolves() {
    List<String> dangling = new ArrayList<>();
    for (Asset asset : assets.values()) {
      for (Owner owner : asset.aspect(Ownership.class).map(Ownership::owners).orElse(List.of())) {
        if (!assets.containsKey(owner.owner())) {
          dangling.add(asset.urn() + " -> " + owner.owner());
        }
      }
    }
    assertThat(dangling).isEmpty();
    assertThat(ofType(EntityType.PRODUCT))
        .allSatisfy(p -> assertThat(p.aspect(Ownership.class)).as(p.urn().toString()).isPresent());
  }

  @Test
  void every_port_and_contract_resolves() {
    List<String> dangling = new ArrayList<>();
    for (Asset product : ofType(EntityType.PRODUCT)) {
      ProductInfo info = product.aspect(ProductInfo.class).orElseThrow();
      assertThat(info.outputPorts()).as(product.urn().toString()).isNotEmpty();
      for (Port port : concat(info.inputPorts(), info.outputPorts())) {
        if (port.contract() == null || !assets.containsKey(port.contract())) {
          dangling.add(product.urn() + " port " + port.name() + " -> " + port.contract());
        }
        port.datasets().stream()
            .filter(d -> !described(d))
            .forEach(d -> dangling.add(product.urn() + " port " + port.name() + " -> " + d));
      }
    }
    for (Asset contract : ofType(EntityType.CONTRACT)) {
      ContractInfo info = contract.aspect(ContractInfo.class).orElseThrow();
      if (info.product() != null && !assets.containsKey(info.product())) {
        dangling.add(contract.urn() + " -> " + info.product());
      }
    }
    assertThat(dangling).isEmpty();
  }

  @Test
  void every_lineage_endpoint_resolves_and_tables_are_known_beyond_lineage() {
    Set<String> dangling = new TreeSet<>();
    int edges = 0;
    for (Asset job : ofType(EntityType.JOB)) {
      JobLineage lineage =
          job.aspect(JobLineage.class).orElse(new JobLineage(List.of(), List.of(), List.of()));
      for (Urn dataset : concat(lineage.inputs(), lineage.outputs())) {
        edges++;
        boolean table =
            dataset.part(0).startsWith("postgres://") || dataset.part(0).startsWith("snowflake://");
        if (!assets.containsKey(dataset) || (table && !described(dataset))) {
          dangling.add(job.urn() + " -> " + dataset);
        }
      }
    }
    assertThat(edges).isGreaterThan(100);
    assertThat(dangling).isEmpty();
  }

  @Test
  void every_membership_and_glossary_link_resolves() {
    List<String> dangling = new ArrayList<>();
    for (Asset asset : assets.values()) {
      asset
          .aspect(Membership.class)
          .ifPresent(m -> {
            if (!assets.containsKey(m.domain())) {
              dangling.add(asset.urn() + " -> " + m.domain());
            }
            if (m.product() != null && !assets.containsKey(m.product())) {
              dangling.add(asset.urn() + " -> " + m.product());
            }
          });
      List<Urn> terms =
          new ArrayList<>(
              asset.aspect(GlossaryLinks.class).map(GlossaryLinks::terms).orElse(List.of()));
      asset
          .aspect(Schema.class)
          .ifPresent(s -> s.fields().stream().map(Field::glossaryTerms).forEach(terms::addAll));
      terms.stream()
          .filter(t -> !assets.containsKey(t))
          .forEach(t -> dangling.add(asset.urn() + " -> " + t));
    }
    assertThat(dangling).isEmpty();
  }

  @Test
  void a_second_start_crawls_nothing_and_crawling_again_changes_nothing() {
    long sequence = store.lastSequence();

    assertThat(startupRuns()).as("the run history says every source ran").isEmpty();
    SourceReaders readers = SourceReaders.standard();
    CrawlRunner runner = new CrawlRunner(store, readers);
    List<CrawlRun> again =
        SourcesFile.read(SampleMeshLoader.sourcesFile(dir), readers).stream()
            .map(source -> runner.run(source.spec(), "test"))
            .toList();

    assertThat(again).hasSameSizeAs(reports);
    assertThat(again)
        .allSatisfy(
            r -> assertThat(r.counts().added() + r.counts().changed()).as(r.source()).isZero());
    assertThat(store.lastSequence()).isEqualTo(sequence);
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
