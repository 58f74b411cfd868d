package dev.meshlens.indexer.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meshlens.catalog.Batch;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.model.DatasetInfo;
import dev.meshlens.catalog.model.Tag;
import dev.meshlens.catalog.model.Tags;
import dev.meshlens.catalog.sqlite.SqliteCatalogStore;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchRankingTest {

  @TempDir Path dir;
  SqliteCatalogStore store;
  SearchIndex index;

  @BeforeEach
  void open() {
    store = SqliteCatalogStore.open(dir.resolve("catalog.db"));
    Batch.Builder batch = Batch.builder("test:search");
    dataset(batch, "shop_events", "Events for orders placed in the shop, orders and more orders");
    dataset(batch, "order_lines", "One row per item");
    dataset(batch, "orders", "Customer purchases");
    dataset(batch, "CustomerAddress2024", "Where customers live");
    dataset(batch, "payments", "Card payments");
    batch.upsert(Urn.dataset("pg://shop", "orders"), new Tags(List.of(new Tag("gold"))));
    batch.upsert(Urn.dataset("pg://shop", "order_lines"), new Tags(List.of(new Tag("gold"))));
    batch.upsert(Urn.dataset("pg://shop", "shop_events"), new Tags(List.of(new Tag("bronze"))));
    store.apply(batch.build());
    index = SearchIndex.open(store, dir.resolve("index"));
  }

  @AfterEach
  void close() {
    index.close();
    store.close();
  }

  static void dataset(Batch.Builder batch, String name, String description) {
    batch.upsert(
        Urn.dataset("pg://shop", name),
        new DatasetInfo(name, description, "postgres", "table", null, null, Map.of()));
  }

  List<String> names(String query) {
    return index.search(query, 1, 10).hits().stream().map(SearchHit::name).toList();
  }

  @Test
  void the_exact_name_ranks_first_then_names_then_descriptions() {
    assertThat(names("orders")).containsExactly("orders", "order_lines", "shop_events");
    assertThat(names("Orders")).first().isEqualTo("orders");
  }

  @Test
  void identifier_spellings_find_each_other() {
    assertThat(names("customer_address_2024")).first().isEqualTo("CustomerAddress2024");
    assertThat(names("customer address")).first().isEqualTo("CustomerAddress2024");
    assertThat(names("CustomerAddress")).first().isEqualTo("CustomerAddress2024");
  }

  @Test
  void paging_slices_the_ranking_and_counts_every_match() {
    SearchResults first = index.search("orders", 1, 2);
    SearchResults second = index.search("orders", 2, 2);
    assertThat(first.total()).isEqualTo(3);
    assertThat(first.hits()).extracting(SearchHit::name).containsExactly("orders", "order_lines");
    assertThat(second.hits()).extracting(SearchHit::name).containsExactly("shop_events");
    assertThat(index.search("orders", 9, 2).hits()).isEmpty();
    assertThat(index.search("   ", 1, 10).total())
        .as("a blank query browses everything")
        .isEqualTo(5);
    assertThatThrownBy(() -> index.search("orders", 0, 10))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void facets_count_the_matches_and_filters_restrict_hits_and_counts_alike() {
    SearchResults all = index.search("orders", 1, 10);
    assertThat(all.facets().get(SearchFields.TAG))
        .containsExactly(new Facets.Count("gold", 2), new Facets.Count("bronze", 1));
    assertThat(all.facets().get(SearchFields.TYPE)).containsExactly(new Facets.Count("dataset", 3));
    assertThat(all.facets().get(SearchFields.PLATFORM))
        .containsExactly(new Facets.Count("postgres", 3));

    SearchResults gold = index.search("orders", Map.of(SearchFields.TAG, List.of("gold")), 1, 10);
    assertThat(gold.total()).isEqualTo(2);
    assertThat(gold.hits()).extracting(SearchHit::name).containsExactly("orders", "order_lines");
    assertThat(gold.facets().get(SearchFields.TAG)).containsExactly(new Facets.Count("gold", 2));

    assertThatThrownBy(() -> index.search("orders", Map.of("colour", List.of("red")), 1, 10))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
