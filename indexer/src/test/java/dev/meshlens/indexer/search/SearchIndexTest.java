package dev.meshlens.indexer.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshlens.catalog.Batch;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.model.DatasetInfo;
import dev.meshlens.catalog.model.Field;
import dev.meshlens.catalog.model.Schema;
import dev.meshlens.catalog.model.Tag;
import dev.meshlens.catalog.model.Tags;
import dev.meshlens.catalog.sqlite.SqliteCatalogStore;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchIndexTest {

  private static final String SOURCE = "test:search";

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

  static DatasetInfo info(String name, String description) {
    return new DatasetInfo(name, description, "postgres", "table", null, null, Map.of());
  }

  static Urn dataset(String name) {
    return Urn.dataset("pg://db", name);
  }

  void add(String name, String description, String... columns) {
    Batch.Builder batch = Batch.builder(SOURCE).upsert(dataset(name), info(name, description));
    if (columns.length > 0) {
      batch.upsert(
          dataset(name),
          Schema.of(List.of(columns).stream().map(c -> Field.of(c, "text")).toList()));
    }
    store.apply(batch.build());
  }

  static TreeSet<String> ids(SearchIndex index, Query query) {
    return index.withSearcher(searcher -> {
      TreeSet<String> ids = new TreeSet<>();
      for (ScoreDoc hit : searcher.search(query, 1000).scoreDocs) {
        ids.add(searcher.storedFields().document(hit.doc).get(SearchFields.ID));
      }
      return ids;
    });
  }

  static List<String> ranked(SearchIndex index, String text) {
    return index.search(text, 1, 10).hits().stream().map(SearchHit::urn).toList();
  }

  static Query ident(String term) {
    return new TermQuery(new Term(SearchFields.NAME_IDENT, term));
  }

  @Test
  void applied_batches_become_searchable_through_every_view() {
    add("CustomerAddress2024", "Where customers live", "street_name");
    add("orders", "All orders");
    try (SearchIndex index = SearchIndex.open(store, dir.resolve("index"))) {
      assertThat(index.appliedSequence()).isEqualTo(store.lastSequence());
      assertThat(ids(index, ident("address")))
          .containsExactly(dataset("CustomerAddress2024").toString());
      assertThat(ids(index, new TermQuery(new Term(SearchFields.NAME_EXACT, "orders"))))
          .containsExactly(dataset("orders").toString());
      assertThat(ids(index, new TermQuery(new Term(SearchFields.DESCRIPTION, "custom"))))
          .containsExactly(dataset("CustomerAddress2024").toString());
      assertThat(ids(index, new TermQuery(new Term(SearchFields.COLUMN_NAME, "street"))))
          .containsExactly(dataset("CustomerAddress2024").toString());

      add("customer_address_2024", "A copy");
      index.catchUp();
      assertThat(ids(index, ident("address"))).hasSize(2);
    }
  }

  @Test
  void a_change_is_visible_within_a_second_without_an_explicit_catch_up() throws Exception {
    try (SearchIndex index = SearchIndex.open(store, dir.resolve("index"))) {
      add("payments", "Card payments");
      Instant deadline = Instant.now().plus(Duration.ofSeconds(1));
      while (ids(index, ident("payments")).isEmpty() && Instant.now().isBefore(deadline)) {
        Thread.sleep(10);
      }
      assertThat(ids(index, ident("payments"))).containsExactly(dataset("payments").toString());
    }
  }

  @Test
  void a_reopened_index_catches_up_from_the_sequence_in_its_commit() {
    add("orders", "All orders");
    long first;
    try (SearchIndex index = SearchIndex.open(store, dir.resolve("index"))) {
      first = index.appliedSequence();
    }
    add("invoices", "All invoices");
    store.apply(
        Batch.builder(SOURCE)
            .upsert(dataset("orders"), new Tags(List.of(new Tag("gold"))))
            .build());
    try (SearchIndex index = SearchIndex.open(store, dir.resolve("index"))) {
      assertThat(index.appliedSequence()).isGreaterThan(first).isEqualTo(store.lastSequence());
      assertThat(ids(index, new MatchAllDocsQuery())).hasSize(2);
      assertThat(ids(index, new TermQuery(new Term(SearchFields.TAG, "gold"))))
          .containsExactly(dataset("orders").toString());
    }
  }

  @Test
  void a_closed_index_ignores_later_changes_and_reopens_to_catch_them_up() {
    SearchIndex closedIndex = SearchIndex.open(store, dir.resolve("index"));
    closedIndex.close();
    add("orders", "All orders");
    assertThat(closedIndex.catchUp()).isZero();
    try (SearchIndex index = SearchIndex.open(store, dir.resolve("index"))) {
      assertThat(ids(index, ident("orders"))).containsExactly(dataset("orders").toString());
    }
  }

  @Test
  void a_deleted_asset_disappears_from_search() {
    add("orders", "All orders");
    add("invoices", "All invoices");
    try (SearchIndex index = SearchIndex.open(store, dir.resolve("index"))) {
      store.apply(Batch.builder(SOURCE).remove(dataset("orders")).build());
      assertThat(store.loadAsset(dataset("orders")).deleted()).isTrue();
      index.catchUp();
      assertThat(ids(index, new MatchAllDocsQuery()))
          .containsExactly(dataset("invoices").toString());
    }
  }

  @Test
  void reindex_gives_the_same_hits_as_the_incremental_index() {
    add("orders", "All orders of the shop", "order_id", "customer_id");
    add("order_lines", "One row per ordered item", "order_id", "sku");
    add("CustomerAddress2024", "Where customers live");
    store.apply(Batch.builder(SOURCE).remove(dataset("CustomerAddress2024")).build());
    add("invoices", "Invoices sent for orders");
    List<Query> queries =
        List.of(
            new MatchAllDocsQuery(),
            ident("order"),
            ident("address"),
            new TermQuery(new Term(SearchFields.DESCRIPTION, "order")),
            new TermQuery(new Term(SearchFields.COLUMN_NAME, "id")));
    try (SearchIndex index = SearchIndex.open(store, dir.resolve("index"))) {
      List<TreeSet<String>> incremental = queries.stream().map(q -> ids(index, q)).toList();
      List<String> rankedBefore = ranked(index, "orders");
      index.reindex();
      List<TreeSet<String>> rebuilt = queries.stream().map(q -> ids(index, q)).toList();
      assertThat(rebuilt).isEqualTo(incremental);
      assertThat(ranked(index, "orders")).isEqualTo(rankedBefore).hasSize(3);
      assertThat(rebuilt.getFirst()).hasSize(3);
      assertThat(index.appliedSequence()).isEqualTo(store.lastSequence());
    }
  }
}
