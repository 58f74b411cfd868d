package dev.meshlens.indexer.crawl;

import dev.meshlens.catalog.CrawlRun;
import dev.meshlens.catalog.sqlite.SqliteCatalogStore;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Crawls a SQLite database into a store file in its own JVM, for {@link CrawlKillTest}, which kills
 * it half-way. Arguments: the store file, the database file, the batch size.
 */
final class CrawlProcessMain {
  private static final Logger LOG = LoggerFactory.getLogger(CrawlProcessMain.class);

  private CrawlProcessMain() {}

  /** The source the process crawls. */
  static SourceSpec source(Path database, int batchSize) {
    return TestDatabases.spec("big", database, "batchSize", Integer.toString(batchSize));
  }

  public static void main(String[] args) {
    Path storeFile = Path.of(args[0]);
    SourceSpec source = source(Path.of(args[1]), Integer.parseInt(args[2]));
    try (SqliteCatalogStore store = SqliteCatalogStore.open(storeFile)) {
      LOG.info("crawling {} into {}", source.location(), storeFile);
      CrawlRun run = new CrawlRunner(store, SourceReaders.standard()).run(source, "test");
      LOG.info("crawl finished: {}", run);
    }
  }
}
