package dev.meshlens.indexer.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MeshlensAnalyzersTest {

  static Stream<Arguments> views() {
    Supplier<Analyzer> exact = MeshlensAnalyzers::exact;
    Supplier<Analyzer> ident = MeshlensAnalyzers::identifier;
    Supplier<Analyzer> english = MeshlensAnalyzers::english;
    Supplier<Analyzer> plain = MeshlensAnalyzers::plain;
    Supplier<Analyzer> identStem = MeshlensAnalyzers::identifierEnglish;
    return Stream.of(
        Arguments.of("exact", exact, "  Customer Address ", List.of("customer address")),
        Arguments.of("exact", exact, "Café_Orders", List.of("cafe_orders")),
        Arguments.of(
            "ident",
            ident,
            "CustomerAddress2024",
            List.of("customeraddress2024", "customer", "address", "2024")),
        Arguments.of(
            "ident",
            ident,
            "customer_address_2024",
            List.of("customer_address_2024", "customer", "address", "2024")),
        Arguments.of("ident", ident, "customer address", List.of("customer", "address")),
        Arguments.of(
            "ident",
            ident,
            "sales.order_lines",
            List.of("sales.order_lines", "sales", "order", "lines")),
        Arguments.of("ident", ident, "ÉtéOrders", List.of("eteorders", "ete", "orders")),
        Arguments.of(
            "english",
            english,
            "All orders of the customer's",
            List.of("all", "order", "of", "the", "custom")),
        Arguments.of("english", english, "Order", List.of("order")),
        Arguments.of("identStem", identStem, "order_lines", List.of("order_lin", "order", "line")),
        Arguments.of("identStem", identStem, "Orders", List.of("order")),
        Arguments.of("english", english, "Deliveries", List.of("deliveri")),
        Arguments.of("english", english, "Delivery", List.of("deliveri")),
        Arguments.of(
            "plain", plain, "All Orders, Délivered", List.of("all", "orders", "delivered")));
  }

  @ParameterizedTest(name = "{0}: {2} -> {3}")
  @MethodSource("views")
  void each_view_produces_the_expected_tokens(
      String view, Supplier<Analyzer> analyzer, String text, List<String> expected)
      throws IOException {
    try (Analyzer a = analyzer.get()) {
      assertThat(tokens(a, text)).containsExactlyInAnyOrderElementsOf(expected);
    }
  }

  @Test
  void the_three_spellings_of_an_identifier_share_their_word_parts() throws IOException {
    try (Analyzer a = MeshlensAnalyzers.identifier()) {
      Set<String> camel = new TreeSet<>(tokens(a, "CustomerAddress2024"));
      Set<String> snake = new TreeSet<>(tokens(a, "customer_address_2024"));
      Set<String> words = new TreeSet<>(tokens(a, "customer address"));
      assertThat(camel).containsAll(words);
      assertThat(snake).containsAll(words);
      assertThat(camel).containsAll(List.of("customer", "address", "2024"));
      assertThat(snake).containsAll(List.of("customer", "address", "2024"));
    }
  }

  @Test
  void plural_and_singular_stem_alike_only_in_the_english_view() throws IOException {
    try (Analyzer english = MeshlensAnalyzers.english();
        Analyzer plain = MeshlensAnalyzers.plain()) {
      assertThat(tokens(english, "orders")).isEqualTo(tokens(english, "order"));
      assertThat(tokens(plain, "orders")).isNotEqualTo(tokens(plain, "order"));
    }
  }

  static List<String> tokens(Analyzer analyzer, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("f", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        out.add(term.toString());
      }
      stream.end();
    }
    return out;
  }
}
