package dev.meshlens.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UrnTest {

  @Test
  void dataset_urn_prints_namespace_and_name_the_openlineage_way() {
    Urn urn = Urn.dataset("postgres://sales-db.acme.internal:5432", "sales.public.orders");

    assertThat(urn.toString())
        .isEqualTo(
            "urn:meshlens:dataset:(postgres://sales-db.acme.internal:5432,sales.public.orders)");
    assertThat(Urn.parse(urn.toString())).isEqualTo(urn);
  }

  @Test
  void one_part_keys_print_without_parentheses() {
    assertThat(Urn.domain("sales").toString()).isEqualTo("urn:meshlens:domain:sales");
    assertThat(Urn.parse("urn:meshlens:term:customer")).isEqualTo(Urn.term("customer"));
  }

  @Test
  void a_column_extends_its_dataset_and_knows_it() {
    Urn dataset = Urn.dataset("s3://acme-landing", "orders/2026/part-0.parquet");
    Urn column = dataset.field("customer.address.city");

    assertThat(column.toString())
        .isEqualTo(
            "urn:meshlens:field:(s3://acme-landing,orders/2026/part-0.parquet,customer.address.city)");
    assertThat(column.dataset()).isEqualTo(dataset);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Order Details",
        "weird,name(with)parens",
        "100% pure",
        "ünïcødé 表",
        "slash/and?query#frag",
        "tab\there"
      })
  void any_name_round_trips_through_text_and_a_url_path_segment(String name) {
    Urn urn = Urn.dataset("sqlite:///tmp/x.db", name);

    assertThat(Urn.parse(urn.toString())).isEqualTo(urn);
    String segment = urn.toPathSegment();
    assertThat(segment).doesNotContain("/", "?", "#", " ", "\t").isNotEmpty();
    assertThat(URI.create("http://localhost/api/v1/assets/" + segment).getRawPath())
        .endsWith(segment);
    assertThat(Urn.fromPathSegment(segment)).isEqualTo(urn);
  }

  @Test
  void path_segment_keeps_printable_urn_characters_readable() {
    assertThat(Urn.domain("sales").toPathSegment()).isEqualTo("urn:meshlens:domain:sales");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "''|must not be empty",
        "dataset:(a,b)|expected it to start with 'urn:meshlens:'",
        "urn:meshlens:dataset|expected urn:meshlens:<type>:<key>",
        "urn:meshlens:table:(a,b)|Unknown asset type 'table' (known: domain, product, dataset",
        "urn:meshlens:dataset:(a,b,c)|A dataset URN needs 2 part(s) [namespace, name], got 3",
        "urn:meshlens:dataset:onlyone|A dataset URN needs 2 part(s)",
        "urn:meshlens:dataset:(a,b|must end with ')'",
        "urn:meshlens:dataset:(a, )|needs a non-blank name",
        "urn:meshlens:domain:a(b|unexpected '(' inside a key part",
        "urn:meshlens:domain:bad%zz|bad percent-escape",
        "urn:meshlens:domain:bad%2|truncated percent-escape"
      })
  void bad_urns_are_rejected_with_the_reason(String text, String reason) {
    assertThatThrownBy(() -> Urn.parse(text))
        .isInstanceOf(InvalidUrnException.class)
        .hasMessageContaining("Invalid URN")
        .hasMessageContaining(reason);
  }

  @Test
  void absurdly_long_urn_is_rejected() {
    String text = "urn:meshlens:domain:" + "x".repeat(5000);

    assertThatThrownBy(() -> Urn.parse(text)).hasMessageContaining("longer than 4096");
  }
}
