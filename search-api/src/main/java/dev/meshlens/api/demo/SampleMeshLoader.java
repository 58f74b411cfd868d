package dev.meshlens.api.demo;

import static java.nio.file.StandardCopyOption.REPLACE_EXISTING;

import dev.meshlens.catalog.CatalogStore;
import dev.meshlens.catalog.CrawlRun;
import dev.meshlens.catalog.CrawlStatus;
import dev.meshlens.indexer.crawl.CrawlRunner;
import dev.meshlens.indexer.crawl.SourceDefinition;
import dev.meshlens.indexer.crawl.SourceReaders;
import dev.meshlens.indexer.crawl.SourcesFile;
import dev.meshlens.sample.SampleMesh;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the sample mesh into an empty catalog: extracts its files under {@code <data>/sample-mesh}
 * (once) and crawls every source of its {@code sources.yaml} in order.
 */
public final class SampleMeshLoader {
  private static final Logger LOG = LoggerFactory.getLogger(SampleMeshLoader.class);
  private static final String LOADING = ".loading";
  private static final String LOADED = ".loaded";

  private final CatalogStore store;
  private final SourceReaders readers;

  public SampleMeshLoader(CatalogStore store, SourceReaders readers) {
    this.store = store;
    this.readers = readers;
  }

  /**
   * Whether to load: into an empty catalog, or to finish a load that was interrupted (loading is
   * idempotent, so finishing means running it again). A catalog filled otherwise is left alone.
   */
  public static boolean wanted(Path dataDir, boolean catalogEmpty) {
    return catalogEmpty || Files.exists(marker(dataDir, LOADING));
  }

  private static Path marker(Path dataDir, String name) {
    return meshDir(dataDir).resolve(name);
  }

  /** The folder the sample mesh is extracted to. */
  public static Path meshDir(Path dataDir) {
    return dataDir.resolve("sample-mesh");
  }

  private static void mark(Path dataDir, String name) {
    try {
      Files.writeString(marker(dataDir, name), "");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + marker(dataDir, name), e);
    }
  }

  /**
   * Extracts (if needed) and crawls the sample mesh; {@code progress} hears a line per source.
   *
   * @return the report of each source's crawl
   */
  public List<CrawlRun> load(Path dataDir, Consumer<String> progress) {
    Path mesh = meshDir(dataDir);
    Path sources = mesh.resolve("sources.yaml");
    if (!Files.exists(sources)) {
      LOG.info("Extracting the sample mesh to {}", mesh);
      SampleMesh.extractTo(mesh);
    }
    mark(dataDir, LOADING);
    List<SourceDefinition> definitions = SourcesFile.read(sources, readers);
    CrawlRunner runner = new CrawlRunner(store, readers);
    long started = System.nanoTime();
    List<CrawlRun> reports =
        definitions.stream()
            .map(definition -> {
              progress.accept(
                  "crawling "
                      + definition.name()
                      + " ("
                      + (definitions.indexOf(definition) + 1)
                      + "/"
                      + definitions.size()
                      + ")");
              return runner.run(definition.spec(), "startup");
            })
            .toList();
    try {
      Files.move(marker(dataDir, LOADING), marker(dataDir, LOADED), REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot mark the sample mesh loaded", e);
    }
    LOG.info(
        "Sample mesh loaded: {} sources in {} ms, {} assets added, {} failed runs, {} warnings",
        reports.size(),
        (System.nanoTime() - started) / 1_000_000,
        reports.stream().mapToInt(r -> r.counts().added()).sum(),
        reports.stream().filter(r -> r.status() == CrawlStatus.FAILED).count(),
        reports.stream().mapToInt(CrawlRun::warningCount).sum());
    return reports;
  }
}
