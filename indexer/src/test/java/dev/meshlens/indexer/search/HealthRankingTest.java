package dev.meshlens.indexer.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshlens.catalog.Batch;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.health.HealthPolicy;
import dev.meshlens.catalog.model.DatasetInfo;
import dev.meshlens.catalog.model.QualityResult;
import dev.meshlens.catalog.sqlite.SqliteCatalogStore;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Health feeds stage 2 of search through the store's snapshots and the real index. */
class HealthRankingTest {
  @TempDir Path dir;

  @Test
  void of_two_otherwise_equal_datasets_the_healthier_ranks_first() {
    Urn first = Urn.dataset("pg://a", "shop.invoices");
    Urn second = Urn.dataset("pg://b", "shop.invoices");
    Instant at = Instant.parse("2026-10-01T00:00:00Z");
    try (SqliteCatalogStore store = SqliteCatalogStore.open(dir.resolve("catalog.db"))) {
      Batch.Builder batch = Batch.builder("test");
      for (Urn urn : List.of(first, second)) {
        batch.upsert(
            urn,
            new DatasetInfo(
                "invoices", "Invoices sent", "postgres", "table", null, null, Map.of()));
      }
      // the same check fails on the first and passes on the second: quality 0 against 1
      batch.qualityResult(new QualityResult(first, "not_null", at, false, null, null, null));
      batch.qualityResult(new QualityResult(second, "not_null", at, true, null, null, null));
      store.apply(batch.build());
      try (SearchIndex index = SearchIndex.open(store, dir.resolve("index"))) {
        List<String> before =
            index.search("invoices", 1, 10).hits().stream().map(SearchHit::urn).toList();

        store.health().recomputeAll(HealthPolicy.defaults());
        index.refreshSignals();
        List<SearchHit> hits = index.search("invoices", 1, 10).hits();

        assertThat(before)
            .as("unscored: both tie")
            .containsExactlyInAnyOrder(first.toString(), second.toString());
        assertThat(hits)
            .extracting(SearchHit::urn)
            .containsExactly(second.toString(), first.toString());
        assertThat(hits.get(0).health()).isGreaterThan(hits.get(1).health());
        assertThat(hits.get(0).score()).isGreaterThan(hits.get(1).score());
      }
    }
  }
}
