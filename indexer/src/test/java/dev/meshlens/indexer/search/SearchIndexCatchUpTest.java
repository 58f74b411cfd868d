package dev.meshlens.indexer.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshlens.catalog.Batch;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.model.DatasetInfo;
import dev.meshlens.catalog.model.Field;
import dev.meshlens.catalog.model.Membership;
import dev.meshlens.catalog.model.Schema;
import dev.meshlens.catalog.model.Tag;
import dev.meshlens.catalog.model.Tags;
import dev.meshlens.catalog.sqlite.SqliteCatalogStore;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A catch-up long enough to take many reads of the change log, bulk reads of assets and parallel
 * analysis: the index holds exactly the live assets, each as it is now, whether built in one go or
 * stopped and reopened in between.
 */
class SearchIndexCatchUpTest {
  static final int DATASETS = 6_000; // 4 aspects each: more changes than one read takes

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

  static Urn dataset(int i) {
    return Urn.dataset("pg://db", "schema_" + (i % 7) + ".table_" + i);
  }

  void write(int from, int to, String description) {
    for (int start = from; start < to; start += 1_000) {
      Batch.Builder batch = Batch.builder("test:catch-up");
      for (int i = start; i < Math.min(to, start + 1_000); i++) {
        Urn urn = dataset(i);
        batch.upsert(
            urn,
            new DatasetInfo(
                "table_" + i, description + " " + i, "postgres", "table", null, null, Map.of()));
        batch.upsert(urn, Schema.of(List.of(Field.of("column_" + (i % 13), "text"))));
        batch.upsert(urn, new Tags(List.of(new Tag("tag_" + (i % 5)))));
        batch.upsert(urn, new Membership(Urn.domain("domain_" + (i % 3)), null));
      }
      store.apply(batch.build());
    }
  }

  void remove(List<Integer> datasets) {
    Batch.Builder batch = Batch.builder("test:catch-up");
    datasets.forEach(i -> batch.remove(dataset(i)));
    store.apply(batch.build());
  }

  static TreeSet<String> indexed(SearchIndex index) {
    return index.withSearcher(searcher -> {
      TreeSet<String> ids = new TreeSet<>();
      StoredFields stored = searcher.storedFields();
      for (ScoreDoc hit : searcher.search(new MatchAllDocsQuery(), DATASETS + 100).scoreDocs) {
        ids.add(stored.document(hit.doc).get(SearchFields.ID));
      }
      return ids;
    });
  }

  static TreeSet<String> urns(IntStream datasets) {
    TreeSet<String> urns = new TreeSet<>();
    datasets.forEach(i -> urns.add(dataset(i).toString()));
    return urns;
  }

  @Test
  void a_new_index_holds_exactly_the_live_assets_as_they_are_now() {
    write(0, DATASETS, "first");
    remove(IntStream.range(0, DATASETS).filter(i -> i % 7 == 0).boxed().toList());
    write(0, 100, "second");

    try (SearchIndex index = SearchIndex.open(store, dir.resolve("index"))) {
      assertThat(index.appliedSequence()).isEqualTo(store.lastSequence()).isGreaterThan(24_000);
      assertThat(indexed(index))
          .as("removed assets are not indexed; rewritten ones are back")
          .isEqualTo(urns(IntStream.range(0, DATASETS).filter(i -> i % 7 != 0 || i < 100)));
      assertThat(index.search("second", 1, 10).total()).isEqualTo(100);
      assertThat(index.search("first", 1, 10).total())
          .isEqualTo(DATASETS - DATASETS / 7 - 1 - (100 - 100 / 7 - 1));
      assertThat(index.search("table_4999", 1, 1).hits())
          .extracting(SearchHit::name)
          .containsExactly("table_4999");
    }
  }

  @Test
  void a_reopened_index_catches_up_from_where_it_stopped_as_a_new_one_would() {
    write(0, DATASETS / 2, "first");
    try (SearchIndex index = SearchIndex.open(store, dir.resolve("index"))) {
      assertThat(indexed(index)).hasSize(DATASETS / 2);
    }
    write(DATASETS / 2, DATASETS, "first");
    remove(List.of(1, 2, 3, DATASETS - 1));

    try (SearchIndex reopened = SearchIndex.open(store, dir.resolve("index"));
        SearchIndex fresh = SearchIndex.open(store, dir.resolve("fresh"))) {
      assertThat(reopened.appliedSequence()).isEqualTo(store.lastSequence());
      assertThat(indexed(reopened)).hasSize(DATASETS - 4).isEqualTo(indexed(fresh));
      assertThat(reopened.search("tag_3", 1, 10).total())
          .isEqualTo(fresh.search("tag_3", 1, 10).total());
    }
  }
}
