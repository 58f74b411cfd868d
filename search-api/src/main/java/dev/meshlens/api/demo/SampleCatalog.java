package dev.meshlens.api.demo;

import dev.meshlens.catalog.CatalogStore;
import dev.meshlens.catalog.CrawlRun;
import dev.meshlens.catalog.sqlite.SqliteCatalogStore;
import dev.meshlens.indexer.crawl.CrawlRunner;
import dev.meshlens.indexer.crawl.SourceDefinition;
import dev.meshlens.indexer.crawl.SourceReaders;
import dev.meshlens.indexer.crawl.SourcesFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sample mesh as a filled catalog, without a server or a scheduler: extracted under a data
 * directory, then each of its sources crawled once, in the order of its sources file, with the
 * standard readers. For benchmarks and tests that need the whole mesh in a store.
 */
public final class SampleCatalog {
  private static final Logger LOG = LoggerFactory.getLogger(SampleCatalog.class);

  private SampleCatalog() {}

  /**
   * Opens (or creates) the catalog {@code catalog.db} in {@code dataDir} and crawls the sample mesh
   * into it; the caller closes the store.
   */
  public static SqliteCatalogStore open(Path dataDir, String trigger) {
    SqliteCatalogStore store = SqliteCatalogStore.open(dataDir.resolve("catalog.db"));
    try {
      crawl(store, dataDir, trigger);
      return store;
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
  }

  /**
   * Extracts the sample mesh under {@code dataDir} unless it is already, and crawls each of its
   * sources once into {@code store}; returns the runs in the order of the sources file.
   */
  public static List<CrawlRun> crawl(CatalogStore store, Path dataDir, String trigger) {
    long started = System.nanoTime();
    SourceReaders readers = SourceReaders.standard();
    List<SourceDefinition> sources = SourcesFile.read(SampleMeshLoader.extract(dataDir), readers);
    CrawlRunner runner = new CrawlRunner(store, readers);
    List<CrawlRun> runs = new ArrayList<>();
    for (SourceDefinition source : sources) {
      CrawlRun run = runner.run(source.spec(), trigger);
      LOG.info(
          "Crawled {}/{}: {} {} ({} assets added)",
          runs.size() + 1,
          sources.size(),
          run.source(),
          run.status(),
          run.counts().added());
      runs.add(run);
    }
    SampleMeshLoader.logLoaded(runs, (System.nanoTime() - started) / 1_000_000);
    return runs;
  }
}
