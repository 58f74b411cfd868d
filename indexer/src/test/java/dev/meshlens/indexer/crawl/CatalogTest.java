package dev.meshlens.indexer.crawl;

import dev.meshlens.catalog.Asset;
import dev.meshlens.catalog.AssetQuery;
import dev.meshlens.catalog.AssetSummary;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.sqlite.SqliteCatalogStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real catalog store in a temporary folder for each test, and a crawl runner over the standard
 * readers whose waits between attempts are recorded instead of slept.
 */
abstract class CatalogTest {
  @TempDir Path dir;
  SqliteCatalogStore store;
  final List<Duration> waits = new ArrayList<>();

  @BeforeEach
  void openStore() {
    store = SqliteCatalogStore.open(dir.resolve("catalog.db"));
  }

  @AfterEach
  void closeStore() {
    store.close();
  }

  CrawlRunner runner() {
    return runner(waits::add);
  }

  CrawlRunner runner(Sleeper sleeper) {
    return new CrawlRunner(store, SourceReaders.standard(), Clock.systemUTC(), sleeper);
  }

  Set<Urn> stated(SourceSpec source) {
    return new TreeSet<>(store.assetsStatedBy(source.batchSource()));
  }

  /** The URNs of the assets that are not deleted. */
  Set<Urn> live() {
    Set<Urn> urns = new TreeSet<>();
    for (int page = 1; ; page++) {
      List<AssetSummary> items =
          store.listAssets(AssetQuery.all(page, AssetQuery.MAX_SIZE)).items();
      items.forEach(a -> urns.add(a.urn()));
      if (items.size() < AssetQuery.MAX_SIZE) {
        return urns;
      }
    }
  }

  Asset asset(Urn urn) {
    return store.loadAsset(urn);
  }
}
