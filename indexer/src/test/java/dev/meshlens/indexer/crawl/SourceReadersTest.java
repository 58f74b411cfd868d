package dev.meshlens.indexer.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meshlens.catalog.Urn;
import org.junit.jupiter.api.Test;

class SourceReadersTest {
  @Test
  void every_source_type_has_its_reader() {
    SourceReaders readers = SourceReaders.standard();
    for (String type :
        new String[] {"odps", "jdbc", "dbt", "openlineage", "usage", "glossary", "owners"}) {
      assertThat(readers.findReader(type)).as(type).isPresent();
    }
  }

  @Test
  void an_unknown_type_is_refused_with_the_known_ones() {
    assertThatThrownBy(() -> SourceReaders.standard().read(new SourceSpec("x", "ftp", "/tmp")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ftp")
        .hasMessageContaining("jdbc");
  }

  @Test
  void a_source_name_with_a_colon_is_refused() {
    assertThatThrownBy(() -> new SourceSpec("a:b", "jdbc", "jdbc:sqlite:x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Invalid source name 'a:b'");
  }

  @Test
  void a_bad_number_option_names_the_option() {
    SourceSpec spec = new SourceSpec("a", "jdbc", "x", java.util.Map.of("batchSize", "many"));
    assertThatThrownBy(() -> spec.intOption("batchSize", 1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("option batchSize must be a whole number >= 1; got: many");
  }

  @Test
  void dataset_names_follow_the_openlineage_conventions() {
    assertThat(DatasetNames.postgres("db.sales", null, "shop", "public", "orders"))
        .isEqualTo(Urn.dataset("postgres://db.sales:5432", "shop.public.orders"));
    assertThat(DatasetNames.kafka("b1:9093,b2:9093", "orders"))
        .isEqualTo(Urn.dataset("kafka://b1:9093", "orders"));
    assertThat(DatasetNames.kafka("broker", "orders"))
        .isEqualTo(Urn.dataset("kafka://broker:9092", "orders"));
    assertThat(DatasetNames.s3("s3://landing/in/*.json", "couriers"))
        .isEqualTo(Urn.dataset("s3://landing", "in/couriers"));
    assertThat(DatasetNames.snowflake("acme.eu-west-1", "FIN", "PUBLIC", "GL"))
        .isEqualTo(Urn.dataset("snowflake://acme.eu-west-1", "FIN.PUBLIC.GL"));
    assertThat(DatasetNames.jdbcNamespace("jdbc:postgresql://h/shop"))
        .isEqualTo("postgres://h:5432");
    assertThat(DatasetNames.jdbcDatabase("jdbc:postgresql://h:5433/shop?ssl=true"))
        .contains("shop");
    assertThat(DatasetNames.jdbcNamespace("jdbc:sqlite:/data/x.db"))
        .isEqualTo("sqlite:///data/x.db");
  }
}
