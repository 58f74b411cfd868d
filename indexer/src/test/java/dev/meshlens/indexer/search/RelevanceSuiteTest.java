package dev.meshlens.indexer.search;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.meshlens.catalog.Batch;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.model.DatasetInfo;
import dev.meshlens.catalog.model.GlossaryTermInfo;
import dev.meshlens.catalog.sqlite.SqliteCatalogStore;
import dev.meshlens.indexer.search.RelevanceReport.QueryResult;
import dev.meshlens.indexer.search.RelevanceReport.Summary;
import dev.meshlens.indexer.search.RelevanceSuite.Category;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RelevanceSuiteTest {
  static final String ORDER_LINES = Urn.dataset("pg://shop", "shop.public.order_lines").toString();
  static final String ORDERS = Urn.dataset("pg://shop", "shop.public.orders").toString();
  static final String REFUNDS = Urn.dataset("pg://shop", "shop.public.refunds").toString();
  static final String ORDER_TERM = Urn.term("order").toString();

  static final String JUDGMENTS =
      """
      queries:
        - id: exact-1
          query: order_lines
          category: exact-name
          note: the line table
          judgments:
            '%1$s': 3
            '%2$s': 1
        - id: camel-1
          query: OrderLines
          category: camel-case
          judgments:
            '%1$s': 3
        - id: nl-1
          query: money paid back
          category: natural-language
          judgments:
            '%3$s': 3
        - id: synonym-1
          query: purchase
          category: synonym
          judgments:
            '%4$s': 3
            '%2$s': 2
        - id: column-1
          query: zzz
          category: column
          judgments:
            '%2$s': 3
      """
          .formatted(ORDER_LINES, ORDERS, REFUNDS, ORDER_TERM);

  @TempDir Path dir;

  static RelevanceSuite load(String yaml) {
    return RelevanceSuite.load(new ByteArrayInputStream(yaml.getBytes(UTF_8)), "test.yaml");
  }

  static String entry(String body) {
    return "queries:\n  - " + body.replace("\n", "\n    ") + "\n";
  }

  @Test
  void loads_queries_in_file_order_with_their_judgments() {
    RelevanceSuite suite = load(JUDGMENTS);

    assertThat(suite.queries())
        .extracting(q -> q.id())
        .containsExactly("exact-1", "camel-1", "nl-1", "synonym-1", "column-1");
    assertThat(suite.queries().getFirst().category()).isEqualTo(Category.EXACT_NAME);
    assertThat(suite.queries().getFirst().note()).isEqualTo("the line table");
    assertThat(suite.queries().getFirst().judgments())
        .containsExactly(Map.entry(ORDER_LINES, 3), Map.entry(ORDERS, 1));
    assertThat(suite.queries().get(3).answers()).containsExactly(ORDER_TERM);
    assertThat(suite.judgedUrns()).containsExactly(ORDER_LINES, ORDERS, REFUNDS, ORDER_TERM);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
          id: q1\\nquery: x\\ncategory: typo\\njudgments: {'u': 3}        | queries[0] (q1): unknown category 'typo' (known: exact-name, snake-case
          id: q1\\nquery: x\\ncategory: column\\njudgments: {}           | queries[0] (q1): judgments must not be empty
          id: q1\\nquery: x\\ncategory: column                          | queries[0] (q1): judgments must be a mapping of asset URN to grade
          id: q1\\nquery: x\\ncategory: column\\njudgments: {'u': 4}     | queries[0] (q1): grade of u must be 1, 2 or 3; got: 4
          id: q1\\nquery: x\\ncategory: column\\njudgments: {'u': 0}     | queries[0] (q1): grade of u must be 1, 2 or 3; got: 0
          id: q1\\nquery: x\\ncategory: column\\njudgments: {'u': high} | queries[0] (q1): grade of u must be 1, 2 or 3; got: "high"
          id: q1\\nquery: ' '\\ncategory: column\\njudgments: {'u': 3}  | queries[0] (q1): query must not be blank
          query: x\\ncategory: column\\njudgments: {'u': 3}             | queries[0]: id must not be blank
          id: q1\\nquery: x\\njudgments: {'u': 3}                       | queries[0] (q1): category is required
          id: q1\\nquery: x\\ncategory: column\\njudgments: {'u': 3}\\nwhy: no | queries[0] (q1): unknown key 'why'
          id: q1\\nquery: x\\ncategory: exact-name\\njudgments: {'u': 3, 'v': 3} | queries[0] (q1): an exact-name query must have exactly one answer graded 3
          id: q1\\nquery: x\\ncategory: exact-name\\njudgments: {'u': 2} | queries[0] (q1): an exact-name query must have exactly one answer graded 3
          """)
  void a_malformed_entry_is_rejected_naming_it_and_the_rule(String body, String message) {
    String yaml = entry(body.replace("\\n", "\n"));

    assertThatThrownBy(() -> load(yaml))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Judgments test.yaml have 1 problem(s): ")
        .hasMessageContaining(message);
  }

  @Test
  void duplicate_ids_an_empty_list_and_unreadable_yaml_are_rejected() {
    String twice = JUDGMENTS + JUDGMENTS.substring(JUDGMENTS.indexOf("  - id: exact-1"));
    assertThatThrownBy(() -> load(twice))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("queries[5] (exact-1): duplicate id 'exact-1'");
    assertThatThrownBy(() -> load("queries: []\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Judgments test.yaml must hold a non-empty list under 'queries'");
    assertThatThrownBy(() -> load("queries: [\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Judgments test.yaml cannot be read: ");
  }

  @Test
  void a_run_measures_each_query_and_averages_per_category_and_overall() {
    Map<String, List<String>> answers =
        Map.of(
            "order_lines", List.of(ORDER_LINES, ORDERS),
            "OrderLines", List.of(ORDERS, ORDER_LINES),
            "money paid back", List.of(REFUNDS),
            "purchase", List.of(ORDERS, ORDER_TERM),
            "zzz", List.of());

    RelevanceReport report = load(JUDGMENTS).run(q -> answers.get(q));

    QueryResult camel = report.results().get(1);
    assertThat(camel.ndcg()).isCloseTo(1 / (Math.log(3) / Math.log(2)), within(1e-9));
    assertThat(camel.reciprocalRank()).isEqualTo(0.5);
    assertThat(camel.precisionAtOne()).as("the first result is not judged for this query").isZero();
    assertThat(camel.gradeAt(2)).isEqualTo(3);
    QueryResult synonym = report.results().get(3);
    // [2, 3] against the ideal [3, 2]: (3 + 7/log2(3)) / (7 + 3/log2(3))
    double log3 = Math.log(3) / Math.log(2);
    assertThat(synonym.ndcg()).isCloseTo((3 + 7 / log3) / (7 + 3 / log3), within(1e-9));
    assertThat(synonym.precisionAtOne()).isEqualTo(1);
    assertThat(report.results().get(4).zeroResults()).isTrue();

    assertThat(report.of(Category.EXACT_NAME)).isEqualTo(new Summary(1, 1, 1, 1, 0));
    assertThat(report.of(Category.SNAKE_CASE).queries()).isZero();
    assertThat(report.byCategory())
        .containsOnlyKeys(
            Category.EXACT_NAME,
            Category.CAMEL_CASE,
            Category.NATURAL_LANGUAGE,
            Category.SYNONYM,
            Category.COLUMN);
    Summary overall = report.overall();
    assertThat(overall.queries()).isEqualTo(5);
    assertThat(overall.mrr()).isCloseTo((1 + 0.5 + 1 + 0.5 + 0) / 5, within(1e-9));
    assertThat(overall.precisionAtOne()).isCloseTo(3.0 / 5, within(1e-9));
    assertThat(overall.zeroResults()).isEqualTo(1);
    assertThat(report.worst(2))
        .extracting(r -> r.judged().id())
        .containsExactly("column-1", "camel-1");
  }

  @Test
  void search_and_the_baseline_run_over_the_same_tiny_store() {
    try (SqliteCatalogStore store = SqliteCatalogStore.open(dir.resolve("catalog.db"))) {
      Batch.Builder batch = Batch.builder("test:relevance");
      dataset(batch, ORDER_LINES, "order_lines", "One row per product line of an order.");
      dataset(batch, ORDERS, "orders", "One row per customer order.");
      dataset(batch, REFUNDS, "refunds", "Money paid back to customers for returns.");
      batch.upsert(
          Urn.term("order"),
          new GlossaryTermInfo("Order", "A request to buy.", List.of("purchase"), List.of()));
      store.apply(batch.build());
      RelevanceSuite suite = load(JUDGMENTS);
      RelevanceReport ours;
      RelevanceReport baseline;
      try (SearchIndex index = SearchIndex.open(store, dir.resolve("index"));
          BaselineIndex plain = BaselineIndex.build(store)) {
        assertThat(plain.size()).isEqualTo(4);
        ours =
            suite.run(q ->
                index.search(SearchRequest.of(q)).hits().stream().map(SearchHit::urn).toList());
        baseline = suite.run(q -> plain.search(q, RelevanceSuite.DEPTH));
      }

      assertThat(ours.of(Category.EXACT_NAME).precisionAtOne()).isEqualTo(1);
      assertThat(baseline.of(Category.EXACT_NAME).precisionAtOne()).isEqualTo(1);
      assertThat(baseline.of(Category.NATURAL_LANGUAGE).precisionAtOne()).isEqualTo(1);
      assertThat(baseline.of(Category.CAMEL_CASE).zeroResults())
          .as("StandardAnalyzer keeps order_lines as one token, so OrderLines finds nothing")
          .isEqualTo(1);
      assertThat(ours.of(Category.CAMEL_CASE).ndcg()).as("search splits identifiers").isEqualTo(1);
      assertThat(ours.of(Category.COLUMN).zeroResults()).isEqualTo(1);
    }
  }

  @Test
  void the_baseline_document_holds_each_text_value_once_in_one_field() {
    Urn urn = Urn.dataset("pg://shop", "shop.public.order_lines");
    Batch.Builder batch = Batch.builder("test:relevance");
    dataset(batch, urn.toString(), "order_lines", "One row per line.");
    try (SqliteCatalogStore store = SqliteCatalogStore.open(dir.resolve("one.db"))) {
      store.apply(batch.build());
      Document search = AssetDocuments.toDocument(store.findAsset(urn).orElseThrow()).orElseThrow();

      Document baseline = BaselineIndex.baselineDocument(urn.toString(), search);

      assertThat(baseline.get(BaselineIndex.ID)).isEqualTo(urn.toString());
      assertThat(baseline.getFields(BaselineIndex.TEXT)).hasSize(1);
      assertThat(baseline.getField(BaselineIndex.TEXT).stringValue())
          .isEqualTo("order_lines\npg://shop.shop.public.order_lines\nOne row per line.");
    }
  }

  static void dataset(Batch.Builder batch, String urn, String name, String description) {
    batch.upsert(
        Urn.parse(urn),
        new DatasetInfo(name, description, "postgres", "table", null, null, Map.of()));
  }
}
