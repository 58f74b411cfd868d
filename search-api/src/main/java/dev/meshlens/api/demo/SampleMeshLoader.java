package dev.meshlens.api.demo;

import dev.meshlens.catalog.CrawlRun;
import dev.meshlens.catalog.CrawlStatus;
import dev.meshlens.sample.SampleMesh;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sample mesh as a demo: extracted once under {@code <data>/sample-mesh} (its {@code
 * index.txt}, written last, marks a complete extraction), then crawled by the scheduler through its
 * {@code sources.yaml} like any configured sources file. Which sources ran is in the catalog's run
 * history, so an interrupted first load is finished by the next start.
 */
public final class SampleMeshLoader {
  private static final Logger LOG = LoggerFactory.getLogger(SampleMeshLoader.class);

  private SampleMeshLoader() {}

  /**
   * Whether to use the sample mesh: in an empty catalog, or one it was extracted for before. A
   * catalog filled otherwise is left alone.
   */
  public static boolean wanted(Path dataDir, boolean catalogEmpty) {
    return catalogEmpty || findExtracted(dataDir).isPresent();
  }

  /** The folder the sample mesh is extracted to. */
  public static Path meshDir(Path dataDir) {
    return dataDir.resolve("sample-mesh");
  }

  /** The sample mesh's sources file in {@code dataDir}, extracted or not. */
  public static Path sourcesFile(Path dataDir) {
    return meshDir(dataDir).resolve("sources.yaml");
  }

  /** The sources file of a completely extracted sample mesh in {@code dataDir}, if there is one. */
  public static Optional<Path> findExtracted(Path dataDir) {
    return Files.exists(meshDir(dataDir).resolve(SampleMesh.INDEX))
        ? Optional.of(sourcesFile(dataDir))
        : Optional.empty();
  }

  /** Extracts the sample mesh unless it is already; returns its sources file. */
  public static Path extract(Path dataDir) {
    return findExtracted(dataDir)
        .orElseGet(() -> {
          LOG.info("Extracting the sample mesh to {}", meshDir(dataDir));
          SampleMesh.extractTo(meshDir(dataDir));
          return sourcesFile(dataDir);
        });
  }

  /** Logs what the startup crawls of the sample mesh did. */
  public static void logLoaded(List<CrawlRun> runs, long millis) {
    LOG.info(
        "Sample mesh loaded: {} sources crawled in {} ms, {} assets added, {} failed runs,"
            + " {} warnings",
        runs.size(),
        millis,
        runs.stream().mapToInt(r -> r.counts().added()).sum(),
        runs.stream().filter(r -> r.status() == CrawlStatus.FAILED).count(),
        runs.stream().mapToInt(CrawlRun::warningCount).sum());
  }
}
