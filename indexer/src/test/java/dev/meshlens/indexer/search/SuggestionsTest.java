package dev.meshlens.indexer.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SuggestionsTest {

  private static final List<String> PUBLIC = List.of(AccessLabels.PUBLIC);
  private static final String SALES = "domain:urn:meshlens:domain:sales";
  private static final List<String> RESTRICTED = List.of("sensitivity:restricted", SALES);

  @TempDir Path dir;
  Directory directory;
  IndexWriter writer;
  SearcherManager searchers;

  @BeforeEach
  void open() throws IOException {
    directory = FSDirectory.open(dir);
    // The index's real analyzer: the suggest entries must not depend on it.
    IndexWriterConfig config =
        new IndexWriterConfig(MeshlensAnalyzers.perField()).setCodec(Suggestions.codec());
    writer = new IndexWriter(directory, config);
    searchers = new SearcherManager(writer, null);
  }

  @AfterEach
  void close() throws IOException {
    searchers.close();
    writer.close();
    directory.close();
  }

  static String urn(String name) {
    return "urn:meshlens:dataset:pg://db/" + name;
  }

  void add(String name, long weight, List<String> labels) throws IOException {
    add(urn(name), name, weight, labels);
  }

  void add(String urn, String name, long weight, List<String> labels) throws IOException {
    Document doc = new Document();
    doc.add(new KeywordField(SearchFields.ID, urn, Store.YES));
    doc.add(new KeywordField(SearchFields.TYPE, "dataset", Store.YES));
    doc.add(new StoredField(SearchFields.NAME, name));
    // As asset documents do: the labels as access keywords and as suggest contexts.
    labels.forEach(label -> doc.add(new KeywordField(SearchFields.ACCESS, label, Store.NO)));
    Suggestions.addTo(doc, name, weight, labels);
    writer.updateDocument(new Term(SearchFields.ID, urn), doc);
  }

  void add(String name) throws IOException {
    add(name, 0, PUBLIC);
  }

  List<Suggestion> suggest(String prefix, int limit, Visibility visibility) throws IOException {
    searchers.maybeRefreshBlocking();
    IndexSearcher searcher = searchers.acquire();
    try {
      return Suggestions.suggest(searcher, prefix, limit, visibility);
    } finally {
      searchers.release(searcher);
    }
  }

  List<String> names(String prefix, Visibility visibility) throws IOException {
    return suggest(prefix, Suggestions.DEFAULT_LIMIT, visibility).stream()
        .map(Suggestion::name)
        .toList();
  }

  List<String> names(String prefix) throws IOException {
    return names(prefix, Visibility.all());
  }

  @Test
  void prefixesMatchTheNameOrAnyOfItsWordsWhateverTheCaseAndSeparators() throws IOException {
    add("CustomerAddress2024");
    add("customer_address_2024");
    add("orders");
    add("invoice_lines");

    for (String prefix :
        List.of(
            "cust",
            "CUST",
            "addr",
            "Address",
            "customer add",
            "customer_addr",
            "customer-addr",
            "customer.addr",
            "CustomerAddr",
            "customeraddr",
            "2024",
            "address 2024",
            "address2")) {
      assertThat(names(prefix))
          .as(prefix)
          .containsExactlyInAnyOrder("CustomerAddress2024", "customer_address_2024");
    }
    assertThat(names("ord")).containsExactly("orders");
    assertThat(names("ORD")).containsExactly("orders");
    assertThat(names("lines")).containsExactly("invoice_lines");
    assertThat(names("ess")).as("not a word start").isEmpty();
    assertThat(names("ustomer")).isEmpty();
    assertThat(names("address 2025")).isEmpty();
    assertThat(names("orders_archive")).isEmpty();
  }

  @Test
  void matchingIgnoresAccentsOnEitherSide() throws IOException {
    add("Résumé_Données");
    add("cafe_sales");
    add("Straße_Köln");

    assertThat(names("resume")).containsExactly("Résumé_Données");
    assertThat(names("DONNÉ")).containsExactly("Résumé_Données");
    assertThat(names("donnees")).containsExactly("Résumé_Données");
    assertThat(names("café")).containsExactly("cafe_sales");
    assertThat(names("strasse")).containsExactly("Straße_Köln");
    assertThat(names("koln")).containsExactly("Straße_Köln");
    // The same accent typed decomposed (e + combining acute).
    assertThat(names("re\u0301sume\u0301")).containsExactly("Résumé_Données");
  }

  @Test
  void namesInOtherScriptsAreSuggested() throws IOException {
    add("заказы_клиентов");
    add("注文データ");
    add("ΠΕΛΑΤΕΣ");

    assertThat(names("зак")).containsExactly("заказы_клиентов");
    assertThat(names("КЛИЕН")).containsExactly("заказы_клиентов");
    assertThat(names("注文")).containsExactly("注文データ");
    assertThat(names("πελατες")).as("typed with a final sigma").containsExactly("ΠΕΛΑΤΕΣ");
  }

  @Test
  void higherWeightsComeFirstThenShorterNamesThenNames() throws IOException {
    add("orders_b", 5, PUBLIC);
    add("orders_archive_long", 50, PUBLIC);
    add("orders_old", 0, PUBLIC);
    add("orders_all", 0, PUBLIC);
    add("orders", 0, PUBLIC);
    add("orders_a", 5, PUBLIC);

    assertThat(names("ord"))
        .containsExactly(
            "orders_archive_long", "orders_a", "orders_b", "orders", "orders_all", "orders_old");
  }

  @Test
  void theLimitKeepsTheBestOfMany() throws IOException {
    for (int i = 0; i < 40; i++) {
      add("table_%02d".formatted(i), i, PUBLIC);
    }

    assertThat(names("table"))
        .containsExactly(
            "table_39",
            "table_38",
            "table_37",
            "table_36",
            "table_35",
            "table_34",
            "table_33",
            "table_32",
            "table_31",
            "table_30");
    assertThat(suggest("tab", 3, Visibility.all()))
        .extracting(Suggestion::name)
        .containsExactly("table_39", "table_38", "table_37");

    // Rewritten several times over: most entries in the segments now belong to deleted documents.
    for (int round = 0; round < 3; round++) {
      for (int i = 0; i < 40; i++) {
        add("table_%02d".formatted(i), round == 2 ? 40 - i : 100 + i, PUBLIC);
      }
      names("table");
    }
    assertThat(suggest("tab", 3, Visibility.all()))
        .extracting(Suggestion::name)
        .containsExactly("table_00", "table_01", "table_02");
  }

  @Test
  void amongEqualWeightsTheLimitKeepsTheShortestNames() throws IOException {
    // Many more equal-weight matches than the suggester collects, and the short names are not the
    // alphabetically first ones.
    List<String> all = new ArrayList<>();
    for (int i = 0; i < 150; i++) {
      String name =
          "report_" + (char) ('z' - i / 26) + (char) ('a' + i % 26) + "x".repeat((i * 13) % 41);
      all.add(name);
      add(name, 7, PUBLIC);
      if (i == 100) {
        writer.commit(); // a second segment, so the cut is also made across segments
      }
    }

    List<String> expected =
        all.stream()
            .sorted(
                Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()))
            .limit(10)
            .toList();
    assertThat(names("report")).containsExactlyElementsOf(expected);
  }

  @Test
  void anAssetIsSuggestedOnceThoughSeveralOfItsEntriesMatch() throws IOException {
    add("data_data_data", 3, PUBLIC);
    add("data_restricted_data", 2, RESTRICTED);
    for (int i = 0; i < 12; i++) {
      add("sales_sales_sales_" + i, 1, List.of(AccessLabels.PUBLIC, SALES));
    }

    List<Suggestion> data = suggest("data", 10, Visibility.all());
    assertThat(data)
        .extracting(Suggestion::name)
        .containsExactly("data_data_data", "data_restricted_data");
    assertThat(data.getFirst())
        .isEqualTo(new Suggestion(urn("data_data_data"), "dataset", "data_data_data"));

    List<Suggestion> sales = suggest("sales", 10, Visibility.granted(List.of("public", SALES)));
    assertThat(sales).hasSize(10);
    assertThat(sales).extracting(Suggestion::urn).doesNotHaveDuplicates();
  }

  @Test
  void restrictedAssetsAreSuggestedOnlyToThoseWhoMaySeeThem() throws IOException {
    add("payroll_public", 1, PUBLIC);
    add("payroll_secret", 9, RESTRICTED);

    assertThat(names("payroll", Visibility.all()))
        .as("no context filter still finds context entries")
        .containsExactly("payroll_secret", "payroll_public");
    assertThat(names("payroll", Visibility.publicOnly())).containsExactly("payroll_public");
    assertThat(names("payroll", Visibility.granted(List.of("public", SALES))))
        .containsExactly("payroll_secret", "payroll_public");
    assertThat(names("payroll", Visibility.granted(List.of("sensitivity:restricted"))))
        .containsExactly("payroll_secret");
    assertThat(names("payroll", Visibility.granted(List.of("domain:urn:meshlens:domain:finance"))))
        .isEmpty();
    assertThat(names("payroll", Visibility.granted(List.of()))).isEmpty();
    assertThat(names("payroll", Visibility.granted(List.of("", "x\u001Dy")))).isEmpty();
  }

  @Test
  void updatesAndDeletesShowAfterRefresh() throws IOException {
    add(urn("a"), "orders", 1, PUBLIC);
    add(urn("b"), "order_lines", 2, PUBLIC);
    assertThat(names("ord")).containsExactly("order_lines", "orders");

    add(urn("a"), "invoices", 1, PUBLIC);
    assertThat(names("ord")).containsExactly("order_lines");
    assertThat(names("inv")).containsExactly("invoices");

    add(urn("b"), "order_lines", 0, PUBLIC);
    add(urn("c"), "ordinals", 5, PUBLIC);
    assertThat(names("ord")).containsExactly("ordinals", "order_lines");

    writer.deleteDocuments(new Term(SearchFields.ID, urn("c")));
    assertThat(names("ord")).containsExactly("order_lines");

    writer.forceMerge(1); // merged segments keep their entries
    assertThat(names("ord")).containsExactly("order_lines");
    assertThat(names("invoi")).containsExactly("invoices");
  }

  @Test
  void entriesSurviveACommitAndAReopenWithAPlainReader() throws IOException {
    add("customer_address", 1, RESTRICTED);
    writer.commit();

    try (DirectoryReader reader = DirectoryReader.open(directory)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      assertThat(Suggestions.suggest(searcher, "addr", 10, Visibility.all()))
          .extracting(Suggestion::name)
          .containsExactly("customer_address");
      assertThat(Suggestions.suggest(searcher, "addr", 10, Visibility.publicOnly())).isEmpty();
    }
  }

  @Test
  void anIndexWithoutEntriesSuggestsNothing() throws IOException {
    assertThat(names("orders")).isEmpty();
    Document doc = new Document();
    doc.add(new KeywordField(SearchFields.ID, urn("nameless"), Store.YES));
    Suggestions.addTo(doc, "___", 1, PUBLIC);
    writer.addDocument(doc);
    assertThat(names("orders")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " ",
        "   \t\n",
        "\"",
        "*",
        "\\",
        "\"ord",
        "ord*",
        "ord\\",
        "ord?~",
        "(ord)",
        "ord:ers",
        "\u001D",
        "\u001E",
        "\u001F",
        "\u0000",
        "\uD800",
        "ord\uDFFF",
        "😀",
        "注",
        "ο"
      })
  void oddPrefixesDoNotThrow(String prefix) throws IOException {
    add("orders");
    add("ord_ers_x");

    List<String> names = names(prefix);
    if (prefix.isBlank()) {
      assertThat(names).isEmpty();
    }
    if (prefix.startsWith("ord") || prefix.startsWith("\"ord") || prefix.startsWith("(ord")) {
      assertThat(names).contains("orders");
    }
  }

  @Test
  void veryLongPrefixesDoNotThrowAndLongNamesTypedInFullAreFound() throws IOException {
    String longName = "x".repeat(200) + "_tail";
    add(longName);
    add("orders");

    assertThat(names("a".repeat(500))).isEmpty();
    assertThat(names("ord".repeat(200))).isEmpty();
    assertThat(names(longName)).containsExactly(longName);
    assertThat(names(longName + "_and_more")).containsExactly(longName);
    assertThat(names("tail")).as("a word start of a long name").containsExactly(longName);
    assertThat(names("_".repeat(5000) + "ord"))
        .as("only the first MAX_PREFIX_CHARS of a prefix are read")
        .isEmpty();
  }

  @Test
  void eachNameGetsAFewBoundedEntries() {
    assertThat(Suggestions.entries("CustomerAddress2024"))
        .containsExactly("customeraddress2024", "address2024", "2024");
    assertThat(Suggestions.entries("HTTPServer_v2.log"))
        .containsExactly("httpserverv2log", "serverv2log", "v2log", "2log", "log");
    assertThat(Suggestions.entries("a_b_c_d_e_f_g_h_i_j")).hasSize(Suggestions.MAX_ENTRIES);
    assertThat(Suggestions.entries("y".repeat(300)))
        .singleElement()
        .satisfies(e -> assertThat(e).hasSize(Suggestions.MAX_ENTRY_CHARS));
    assertThat(Suggestions.entries(" _-. ")).isEmpty();
  }

  @Test
  void badArgumentsAreRefused() throws IOException {
    assertThatThrownBy(() -> Suggestions.addTo(new Document(), "orders", -1, PUBLIC))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> suggest("ord", 0, Visibility.all()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> suggest("ord", Suggestions.MAX_LIMIT + 1, Visibility.all()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void hugeWeightsStillRankAboveSmallerOnes() throws IOException {
    add("metrics_small", 1_000, PUBLIC);
    add("metrics_huge", Long.MAX_VALUE, PUBLIC);
    add("metrics_big", 5_000_000, PUBLIC);

    assertThat(names("metrics")).containsExactly("metrics_huge", "metrics_big", "metrics_small");
  }

  @Test
  void theCodecIsTheCurrentDefaultCodec() {
    // On a Lucene upgrade with a new default codec this fails: move to the new completion format.
    assertThat(Suggestions.codec().getName()).isEqualTo(Codec.getDefault().getName());
  }
}
