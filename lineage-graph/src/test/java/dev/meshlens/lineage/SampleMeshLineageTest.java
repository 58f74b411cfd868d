package dev.meshlens.lineage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshlens.catalog.AssetQuery;
import dev.meshlens.catalog.AssetSummary;
import dev.meshlens.catalog.CrawlStatus;
import dev.meshlens.catalog.EntityType;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.model.ContractInfo;
import dev.meshlens.catalog.model.Port;
import dev.meshlens.catalog.model.ProductInfo;
import dev.meshlens.catalog.sqlite.SqliteCatalogStore;
import dev.meshlens.indexer.crawl.CrawlRunner;
import dev.meshlens.indexer.crawl.SourceDefinition;
import dev.meshlens.indexer.crawl.SourceReaders;
import dev.meshlens.indexer.crawl.SourcesFile;
import dev.meshlens.lineage.rdf.Iris;
import dev.meshlens.lineage.rdf.Vocab;
import dev.meshlens.sample.SampleMesh;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** The sample mesh crawled by the real crawlers into a real store, then its lineage graph. */
class SampleMeshLineageTest {
  @TempDir static Path dir;
  static SqliteCatalogStore store;
  static LineageGraph graph;

  @BeforeAll
  static void crawl() {
    SampleMesh.extractTo(dir.resolve("mesh"));
    store = SqliteCatalogStore.open(dir.resolve("catalog.db"));
    SourceReaders readers = SourceReaders.standard();
    CrawlRunner runner = new CrawlRunner(store, readers);
    List<SourceDefinition> sources = SourcesFile.read(dir.resolve("mesh/sources.yaml"), readers);
    for (SourceDefinition source : sources) {
      assertThat(runner.run(source.spec(), "test").status()).isEqualTo(CrawlStatus.SUCCEEDED);
    }
    graph = LineageGraph.open(store, dir.resolve("graph"));
  }

  @AfterAll
  static void close() {
    graph.close();
    store.close();
  }

  static Urn pg(String domain, String name) {
    return Urn.dataset("postgres://" + domain + "-db.acme.internal:5432", name);
  }

  static final Urn ITEMS = Urn.dataset("s3://acme-landing", "supplier-feeds/items");
  static final Urn VARIANTS = pg("product-catalog", "product_master.public.product_variants");
  static final Urn ORDERS = pg("sales", "orders.public.orders");
  static final Urn CUSTOMER_360 = pg("customer", "customer_360.public.customer_360");
  static final Urn SEGMENT_SIZES = pg("marketing", "customer_segments.public.segment_sizes_daily");
  static final Urn FORECAST = pg("finance", "financial_forecasts.public.revenue_forecast_monthly");

  @Test
  void the_longest_chain_crosses_five_domains_in_ten_jobs() {
    List<Urn> chain = List.of(ITEMS, VARIANTS, ORDERS, CUSTOMER_360, SEGMENT_SIZES, FORECAST);
    Set<Urn> jobs = new TreeSet<>();
    for (int i = 1; i < chain.size(); i++) {
      LineagePath hop = graph.path(chain.get(i - 1), chain.get(i)).orElseThrow();
      assertThat(hop.length()).as("ingest into staging, then build: " + hop).isEqualTo(2);
      hop.edges().forEach(e -> jobs.add(e.via()));
    }
    LineageResult upstream =
        graph.lineage(LineageRequest.of(FORECAST).withDirection(Direction.UPSTREAM).withDepth(10));

    assertThat(jobs).hasSize(10);
    assertThat(urns(upstream)).containsAll(chain);
    assertThat(graph.path(ITEMS, FORECAST).orElseThrow().length())
        .as("a shorter way exists, through sales performance")
        .isLessThan(10);
    assertThat(graph.impact(ITEMS).domains())
        .extracting(ImpactedAsset::urn)
        .contains(
            Urn.domain("product-catalog"),
            Urn.domain("sales"),
            Urn.domain("customer"),
            Urn.domain("marketing"),
            Urn.domain("finance"));
  }

  @Test
  void derived_product_lineage_matches_the_input_ports_of_customer_360() {
    Urn c360 = Urn.product("customer", "customer-360");
    ProductLineage lineage = graph.productLineage(c360);

    assertThat(lineage.consumes())
        .extracting(ProductLink::producer)
        .containsExactlyInAnyOrderElementsOf(inputPortProducts(c360));
    assertThat(lineage.consumedBy())
        .extracting(ProductLink::consumer)
        .contains(Urn.product("marketing", "customer-segments"));
  }

  @Test
  void every_products_derived_producers_are_those_behind_its_input_ports() {
    List<AssetSummary> products =
        store.listAssets(new AssetQuery(EntityType.PRODUCT, null, 1, 100, false)).items();

    assertThat(products).hasSize(33);
    for (AssetSummary product : products) {
      assertThat(graph.productLineage(product.urn()).consumes())
          .as(product.urn().toString())
          .extracting(ProductLink::producer)
          .containsExactlyInAnyOrderElementsOf(inputPortProducts(product.urn()));
    }
  }

  @Test
  void personal_data_of_customer_profile_is_inferred_downstream_in_customer_360() {
    Urn profile = pg("customer", "customer_profile.public.customers");

    assertThat(graph.inferredPii(CUSTOMER_360))
        .contains(new InferredPii(CUSTOMER_360.field("email"), profile.field("email"), 2));
  }

  @Test
  void a_reindex_of_the_sample_mesh_is_isomorphic_to_the_followed_graph() {
    DatasetGraph followed = StoreFixture.snapshot(graph);
    graph.reindex();
    DatasetGraph rebuilt = StoreFixture.snapshot(graph);

    Set<Quad> before = followed.stream().collect(Collectors.toSet());
    Set<Quad> after = rebuilt.stream().collect(Collectors.toSet());

    assertThat(before).hasSizeGreaterThan(10_000);
    assertThat(before)
        .as("no blank nodes: isomorphic means equal")
        .noneMatch(q -> q.getSubject().isBlank() || q.getObject().isBlank());
    assertThat(after).isEqualTo(before);
  }

  @Test
  void types_are_skos_concepts_of_a_meshlens_scheme_never_literals() {
    List<List<String>> literal =
        Sparql.select(
            graph.dataset(),
            "SELECT ?s ?t { ?s <http://purl.org/dc/terms/type> ?t FILTER(isLiteral(?t)) } LIMIT 5");
    List<List<String>> orders =
        Sparql.select(
            graph.dataset(),
            "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
                + "SELECT ?type ?label ?scheme { <"
                + Iris.iri(ORDERS)
                + "> <http://purl.org/dc/terms/type> ?type ."
                + " ?type a skos:Concept ; skos:prefLabel ?label ; skos:inScheme ?scheme }");

    assertThat(literal).as("dct:type takes a resource (DCMI, DCAT 3)").isEmpty();
    assertThat(orders)
        .containsExactly(
            List.of(Vocab.ML + "datasetKind/table", "table", Vocab.DATASET_KINDS.getURI()));
  }

  @Test
  void the_dcat_ap_export_of_the_sample_mesh_has_no_shacl_violation() {
    Model export = graph.exportDcat();
    ValidationReport report = DcatAp.validate(export.getGraph());
    List<ReportEntry> violations = DcatAp.entries(report, Severity.Violation);
    List<ReportEntry> warnings = DcatAp.entries(report, Severity.Warning);
    LoggerFactory.getLogger(SampleMeshLineageTest.class)
        .info(
            "DCAT-AP export of the sample mesh: {} triples, {} violations, {} warnings {}",
            export.size(),
            violations.size(),
            warnings.size(),
            DcatAp.countByPath(warnings));

    Resource catalog = export.createResource(Vocab.DCAT + "Catalog");
    Resource dataset = export.createResource(Vocab.DCAT + "Dataset");
    assertThat(export.listResourcesWithProperty(RDF.type, catalog).toList())
        .as("the root catalog and one per domain")
        .hasSize(8);
    assertThat(export.listResourcesWithProperty(RDF.type, dataset).toList())
        .hasSize(
            (int) store.listAssets(new AssetQuery(EntityType.DATASET, null, 1, 1, false)).total());
    assertThat(violations).as(DcatAp.describe(violations)).isEmpty();
    assertThat(
            export.contains(
                export.createResource(Iris.iri(ORDERS)),
                export.createProperty(Vocab.DCT, "identifier"),
                ORDERS.toString()))
        .as("the URN is the dataset's identifier")
        .isTrue();
  }

  @Test
  void the_shapes_catch_a_dataset_without_a_description() {
    Model export = graph.exportDcat();
    Resource orders = export.createResource(Iris.iri(ORDERS));
    export.removeAll(orders, export.createProperty(Vocab.DCT, "description"), null);

    List<ReportEntry> violations =
        DcatAp.entries(DcatAp.validate(export.getGraph()), Severity.Violation);

    assertThat(violations)
        .singleElement()
        .satisfies(v -> {
          assertThat(v.focusNode().getURI()).isEqualTo(Iris.iri(ORDERS));
          assertThat(v.resultPath()).hasToString("<" + Vocab.DCT + "description>");
        });
  }

  /** The products behind the contracts a product's input ports name. */
  static Set<Urn> inputPortProducts(Urn product) {
    Set<Urn> producers = new TreeSet<>();
    for (Port port :
        store.loadAsset(product).aspect(ProductInfo.class).orElseThrow().inputPorts()) {
      producers.add(
          store.loadAsset(port.contract()).aspect(ContractInfo.class).orElseThrow().product());
    }
    return producers;
  }

  static Set<Urn> urns(LineageResult result) {
    return StoreFixture.urns(result);
  }
}
