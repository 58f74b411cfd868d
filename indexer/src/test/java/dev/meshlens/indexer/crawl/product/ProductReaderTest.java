package dev.meshlens.indexer.crawl.product;

import static dev.meshlens.indexer.crawl.support.Batches.load;
import static dev.meshlens.indexer.crawl.support.Batches.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.model.Classification;
import dev.meshlens.catalog.model.ContractInfo;
import dev.meshlens.catalog.model.DatasetInfo;
import dev.meshlens.catalog.model.DomainInfo;
import dev.meshlens.catalog.model.Field;
import dev.meshlens.catalog.model.GlossaryLinks;
import dev.meshlens.catalog.model.Membership;
import dev.meshlens.catalog.model.Owner;
import dev.meshlens.catalog.model.Ownership;
import dev.meshlens.catalog.model.Port;
import dev.meshlens.catalog.model.ProductInfo;
import dev.meshlens.catalog.model.QualityCheck;
import dev.meshlens.catalog.model.QualityChecks;
import dev.meshlens.catalog.model.Schema;
import dev.meshlens.catalog.model.Tag;
import dev.meshlens.catalog.model.Tags;
import dev.meshlens.indexer.crawl.CrawlOutput;
import dev.meshlens.indexer.crawl.CrawlWarning;
import dev.meshlens.indexer.crawl.Material;
import dev.meshlens.indexer.crawl.SourceSpec;
import dev.meshlens.indexer.crawl.SourceUnreadableException;
import dev.meshlens.indexer.crawl.support.Batches;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProductReaderTest {
  private static final Urn ORDERS_TABLE =
      Urn.dataset("postgres://sales-db.acme.internal:5432", "shop.public.orders");
  private static final Urn LINES_TABLE =
      Urn.dataset("postgres://sales-db.acme.internal:5432", "shop.public.order_lines");
  private static final Urn EVENTS_TOPIC =
      Urn.dataset("kafka://kafka.acme.internal:9092", "order-events");
  private static final Urn DELIVERIES_FILE =
      Urn.dataset("s3://acme-landing", "deliveries/deliveries");

  private static CrawlOutput mesh;

  @BeforeAll
  static void crawl_the_test_mesh() throws URISyntaxException {
    Path root = Path.of(ProductReaderTest.class.getResource("/mesh").toURI());
    mesh = valid(new ProductReader().read(new SourceSpec("mesh", "odps", root.toString())));
  }

  @Test
  void a_crawl_is_one_batch_from_the_odps_source() {
    assertThat(mesh.batches()).hasSize(1);
    assertThat(mesh.batches().getFirst().source()).isEqualTo("odps:mesh");
  }

  @Test
  void products_have_their_domain_ports_contracts_and_the_datasets_those_govern() {
    assertThat(load(mesh, Urn.domain("sales"), DomainInfo.class).name()).isEqualTo("sales");
    ProductInfo orders = load(mesh, Urn.product("sales", "orders"), ProductInfo.class);
    assertThat(orders.name()).isEqualTo("Orders");
    assertThat(orders.description()).startsWith("Every order placed in the web shop");
    assertThat(orders.outputPorts())
        .extracting(Port::name)
        .containsExactly("orders", "order-events");
    Port tables = orders.outputPorts().getFirst();
    assertThat(tables.contract()).isEqualTo(Urn.contract("sales-orders-v1"));
    assertThat(tables.datasets()).containsExactly(ORDERS_TABLE, LINES_TABLE);
    assertThat(orders.inputPorts().getFirst().datasets()).containsExactly(DELIVERIES_FILE);
    assertThat(orders.sla().freshness())
        .as("the strictest freshness of the output ports' contracts")
        .isEqualTo(Duration.ofMinutes(5));
    assertThat(orders.sla().availabilityPercent()).isEqualTo(99.5);
  }

  @Test
  void a_product_in_a_domains_folder_without_a_domain_field_takes_the_folder_name() {
    assertThat(load(mesh, Urn.product("logistics", "deliveries"), ProductInfo.class).name())
        .isEqualTo("Deliveries");
  }

  @Test
  void the_product_team_and_its_current_members_own_the_product_and_its_datasets() {
    Ownership ownership = load(mesh, Urn.product("sales", "orders"), Ownership.class);
    assertThat(ownership.owners())
        .containsExactly(
            new Owner(Urn.owner("sales-data"), "owner"),
            new Owner(Urn.owner("ana.lima"), "owner"),
            new Owner(Urn.owner("ben.okafor"), "data steward"));
    assertThat(load(mesh, ORDERS_TABLE, Ownership.class)).isEqualTo(ownership);
    assertThat(load(mesh, Urn.product("sales", "orders"), Tags.class).tags())
        .containsExactly(new Tag("sales"), new Tag("gold"));
  }

  @Test
  void contracts_have_their_product_datasets_sla_and_quality_rules() {
    ContractInfo contract = load(mesh, Urn.contract("sales-orders-v1"), ContractInfo.class);
    assertThat(contract.product()).isEqualTo(Urn.product("sales", "orders"));
    assertThat(contract.datasets()).containsExactly(ORDERS_TABLE, LINES_TABLE);
    assertThat(contract.sla().freshness()).isEqualTo(Duration.ofHours(4));
    assertThat(contract.sla().description()).contains("frequency 1 d");
    assertThat(contract.qualityRules())
        .extracting(QualityCheck::id)
        .containsExactly("customer_email.nullValues", "rowCount");
  }

  @Test
  void datasets_are_named_from_the_prod_server_the_openlineage_way() {
    DatasetInfo orders = load(mesh, ORDERS_TABLE, DatasetInfo.class);
    assertThat(orders.displayName()).isEqualTo("Customer orders");
    assertThat(orders.platform()).isEqualTo("postgres");
    assertThat(orders.kind()).isEqualTo("table");
    assertThat(orders.classification())
        .as("the most sensitive column decides")
        .isEqualTo(new Classification(Classification.Sensitivity.CONFIDENTIAL, true));
    assertThat(load(mesh, EVENTS_TOPIC, DatasetInfo.class).kind()).isEqualTo("topic");
    assertThat(load(mesh, ORDERS_TABLE, Membership.class))
        .isEqualTo(new Membership(Urn.domain("sales"), Urn.product("sales", "orders")));
  }

  @Test
  void columns_carry_types_nullability_descriptions_classification_tags_and_terms() {
    Schema schema = load(mesh, ORDERS_TABLE, Schema.class);
    assertThat(schema.fields())
        .extracting(Field::name)
        .containsExactly("order_id", "customer_email", "placed_at");
    assertThat(schema.primaryKey()).containsExactly("order_id");
    Field email = schema.fields().get(1);
    assertThat(email.type()).isEqualTo("varchar(255)");
    assertThat(email.nullable()).isTrue();
    assertThat(email.description()).isEqualTo("Where the confirmation was sent.");
    assertThat(email.classification().pii()).isTrue();
    assertThat(email.tags()).containsExactly(new Tag("pii"), new Tag("pii:email"));
    assertThat(email.glossaryTerms()).containsExactly(Urn.term("email-address"));
    assertThat(schema.fields().getFirst().nullable()).isFalse();
    assertThat(load(mesh, ORDERS_TABLE, GlossaryLinks.class).terms())
        .containsExactly(Urn.term("order"));
    assertThat(load(mesh, ORDERS_TABLE, QualityChecks.class).checks()).hasSize(2);
  }

  @Test
  void a_relationship_to_another_object_of_the_contract_is_a_foreign_key() {
    Schema lines = load(mesh, LINES_TABLE, Schema.class);
    assertThat(lines.primaryKey()).containsExactly("order_id", "line_no");
    assertThat(lines.foreignKeys())
        .singleElement()
        .satisfies(fk -> {
          assertThat(fk.references()).isEqualTo(ORDERS_TABLE);
          assertThat(fk.referencedColumns()).containsExactly("order_id");
        });
  }

  @Test
  void an_invalid_contract_is_reported_with_file_and_path_and_the_others_still_load() {
    assertThat(mesh.warnings())
        .filteredOn(w -> w.file().endsWith("broken.odcs.yaml"))
        .extracting(CrawlWarning::path)
        .contains("/schema/0/properties/0/required", "/schema/0/properties/0/logicalType");
    assertThat(Batches.find(mesh, Urn.contract("logistics-couriers-v1"), ContractInfo.class))
        .isEmpty();
    assertThat(Batches.find(mesh, Urn.contract("logistics-deliveries-v1"), ContractInfo.class))
        .isPresent();
  }

  @Test
  void the_bitol_examples_load_and_name_their_datasets_from_their_servers() {
    Path examples = Material.path("data-product-standards");
    CrawlOutput output =
        valid(new ProductReader().read(new SourceSpec("bitol", "odps", examples.toString())));
    assertThat(
            load(
                    output,
                    Urn.dataset("postgres://localhost:5432", "pypl-edw.pp_access_views.tbl_1"),
                    Schema.class)
                .fields())
        .extracting(Field::name)
        .contains("txn_ref_dt", "rcvr_id", "rcvr_cntry_code");
    assertThat(Batches.assetsWith(output, DatasetInfo.class))
        .anyMatch(u -> u.part(0).equals("kafka://kafkabroker1:9092"));
    assertThat(Batches.assetsWith(output, ProductInfo.class))
        .contains(Urn.product("seller", "fbe8d147-28db-4f1d-bedf-a3fe9f458427"));
    assertThat(output.warnings())
        .as("the simple example names no domain; contracts share ids")
        .anyMatch(w -> w.file().endsWith("simple-data-product.odps.yaml"))
        .anyMatch(w -> w.reason().contains("is already used by"));
  }

  @Test
  void a_file_that_is_not_yaml_is_a_warning(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("bad.odcs.yaml"), "id: [unclosed\n");
    CrawlOutput output = new ProductReader().read(new SourceSpec("t", "odps", dir.toString()));
    assertThat(output.warnings())
        .singleElement()
        .satisfies(w -> assertThat(w.reason()).contains("not well-formed"));
  }

  @Test
  void a_missing_folder_fails_the_crawl() {
    assertThatThrownBy(
            () -> new ProductReader().read(new SourceSpec("t", "odps", "/no/such/mesh", Map.of())))
        .isInstanceOf(SourceUnreadableException.class)
        .hasMessageContaining("/no/such/mesh");
  }
}
