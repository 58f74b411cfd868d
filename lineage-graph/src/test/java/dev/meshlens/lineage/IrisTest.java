package dev.meshlens.lineage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshlens.catalog.Urn;
import dev.meshlens.lineage.rdf.Iris;
import java.util.List;
import org.apache.jena.irix.IRIs;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class IrisTest {

  static List<Urn> urns() {
    return List.of(
        Urn.dataset("postgres://db.sales:5432", "shop.public.orders"),
        Urn.dataset("s3://acme-landing", "supplier-feeds/items"),
        Urn.dataset("pg://db", "store_sales.public.POS Receipt Lines"),
        Urn.dataset("kafka://k:9092", "a,b(c)%d"),
        Urn.dataset("pg://db", "zürich.öffnungszeiten").field("straße"),
        Urn.job("etl", "sales.orders.build_orders"),
        Urn.product("customer", "customer-360"),
        Urn.domain("sales"),
        Urn.owner("maria.garcia@acme.example"),
        Urn.owner("team:sales-data"));
  }

  @ParameterizedTest
  @MethodSource("urns")
  void an_asset_iri_is_a_valid_iri_that_gives_its_urn_back(Urn urn) {
    String iri = Iris.iri(urn);

    assertThat(iri).startsWith(Iris.BASE);
    assertThat(IRIs.check(iri)).as(iri).isTrue();
    assertThat(Iris.toUrn(iri)).contains(urn);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://meshlens.dev/id/catalog",
        "https://meshlens.dev/id/urn:meshlens:dataset:(pg:%2F%2Fdb,orders)/check/not_null",
        "https://meshlens.dev/graph/meta",
        "https://example.org/id/urn:meshlens:domain:sales",
        "https://meshlens.dev/id/urn:meshlens:nope:x"
      })
  void other_iris_are_not_assets(String iri) {
    assertThat(Iris.toUrn(iri)).isEmpty();
  }
}
