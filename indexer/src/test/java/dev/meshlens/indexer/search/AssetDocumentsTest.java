package dev.meshlens.indexer.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshlens.catalog.Batch;
import dev.meshlens.catalog.EntityType;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.model.Classification;
import dev.meshlens.catalog.model.DatasetInfo;
import dev.meshlens.catalog.model.Field;
import dev.meshlens.catalog.model.GlossaryLinks;
import dev.meshlens.catalog.model.Membership;
import dev.meshlens.catalog.model.Owner;
import dev.meshlens.catalog.model.Ownership;
import dev.meshlens.catalog.model.ProductInfo;
import dev.meshlens.catalog.model.Schema;
import dev.meshlens.catalog.model.Tag;
import dev.meshlens.catalog.model.Tags;
import dev.meshlens.catalog.sqlite.SqliteCatalogStore;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssetDocumentsTest {

  private static final String SOURCE = "test:search";
  private static final Urn ORDERS = Urn.dataset("pg://shop", "public.orders");
  private static final Urn SALES = Urn.domain("sales");
  private static final Urn CHECKOUT = Urn.product("sales", "checkout");
  private static final Urn ANA = Urn.of(EntityType.OWNER, "ana");
  private static final Urn REVENUE = Urn.of(EntityType.TERM, "revenue");
  private static final Urn CUSTOMER = Urn.of(EntityType.TERM, "customer");

  @TempDir Path dir;
  SqliteCatalogStore store;

  @BeforeEach
  void openStore() {
    store = SqliteCatalogStore.open(dir.resolve("catalog.db"));
  }

  @AfterEach
  void closeStore() {
    store.close();
  }

  @Test
  void a_dataset_maps_every_aspect_to_its_fields() {
    Classification secret = new Classification(Classification.Sensitivity.CONFIDENTIAL, true);
    Field customerId =
        new Field(
            "customer_id",
            "int",
            false,
            "Who ordered",
            List.of(new Tag("pii")),
            List.of(CUSTOMER),
            null);
    store.apply(
        Batch.builder(SOURCE)
            .upsert(
                ORDERS,
                new DatasetInfo(
                    "Orders",
                    "All orders",
                    "Postgres",
                    "table",
                    secret,
                    10L,
                    Map.of("deprecated", "true")))
            .upsert(ORDERS, Schema.of(List.of(customerId, Field.of("total", "numeric"))))
            .upsert(ORDERS, new Membership(SALES, CHECKOUT))
            .upsert(ORDERS, new Ownership(List.of(new Owner(ANA, null))))
            .upsert(ORDERS, new Tags(List.of(new Tag("gold"))))
            .upsert(ORDERS, new GlossaryLinks(List.of(REVENUE)))
            .build());

    Document doc = AssetDocuments.toDocument(store.loadAsset(ORDERS)).orElseThrow();

    assertThat(doc.get(SearchFields.ID)).isEqualTo(ORDERS.toString());
    assertThat(doc.get(SearchFields.TYPE)).isEqualTo("dataset");
    assertThat(doc.get(SearchFields.NAME)).isEqualTo("Orders");
    assertThat(doc.get(SearchFields.QUALIFIED_NAME)).isEqualTo("pg://shop.public.orders");
    assertThat(doc.get(SearchFields.DESCRIPTION)).isEqualTo("All orders");
    assertThat(doc.getValues(SearchFields.COLUMN_NAME_EXACT))
        .containsExactly("customer_id", "total");
    assertThat(doc.getValues(SearchFields.TAG)).containsExactlyInAnyOrder("gold", "pii");
    assertThat(doc.getValues(SearchFields.GLOSSARY_TERM))
        .containsExactlyInAnyOrder(REVENUE.toString(), CUSTOMER.toString());
    assertThat(doc.get(SearchFields.DOMAIN)).isEqualTo(SALES.toString());
    assertThat(doc.get(SearchFields.PRODUCT)).isEqualTo(CHECKOUT.toString());
    assertThat(doc.get(SearchFields.OWNER)).isEqualTo(ANA.toString());
    assertThat(doc.get(SearchFields.PLATFORM)).isEqualTo("postgres");
    assertThat(doc.get(SearchFields.CLASSIFICATION)).isEqualTo("confidential");
    assertThat(doc.get(SearchFields.DEPRECATED)).isEqualTo("true");
  }

  @Test
  void a_product_is_named_by_its_info_belongs_to_its_domain_and_its_status_can_deprecate_it() {
    store.apply(
        Batch.builder(SOURCE)
            .upsert(
                CHECKOUT,
                new ProductInfo(
                    "Checkout", "Buying things", "deprecated", List.of(), List.of(), null))
            .build());

    Document doc = AssetDocuments.toDocument(store.loadAsset(CHECKOUT)).orElseThrow();

    assertThat(doc.get(SearchFields.TYPE)).isEqualTo("product");
    assertThat(doc.get(SearchFields.NAME)).isEqualTo("Checkout");
    assertThat(doc.get(SearchFields.DOMAIN)).isEqualTo(SALES.toString());
    assertThat(doc.get(SearchFields.PRODUCT)).isEqualTo(CHECKOUT.toString());
    assertThat(doc.get(SearchFields.DEPRECATED)).isEqualTo("true");
  }

  @Test
  void an_asset_without_a_name_uses_its_urn_and_is_not_deprecated() {
    store.apply(Batch.builder(SOURCE).upsert(ORDERS, new Tags(List.of(new Tag("bronze")))).build());

    Document doc = AssetDocuments.toDocument(store.loadAsset(ORDERS)).orElseThrow();

    assertThat(doc.get(SearchFields.NAME)).isEqualTo("public.orders");
    assertThat(doc.get(SearchFields.DEPRECATED)).isEqualTo("false");
    assertThat(doc.get(SearchFields.DESCRIPTION)).isNull();
  }

  @Test
  void a_deleted_asset_has_no_document() {
    store.apply(Batch.builder(SOURCE).upsert(ORDERS, new Tags(List.of(new Tag("gold")))).build());
    store.apply(Batch.builder(SOURCE).remove(ORDERS).build());

    assertThat(AssetDocuments.toDocument(store.loadAsset(ORDERS))).isEmpty();
  }
}
