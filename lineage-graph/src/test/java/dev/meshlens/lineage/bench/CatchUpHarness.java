package dev.meshlens.lineage.bench;

import dev.meshlens.catalog.AssetQuery;
import dev.meshlens.catalog.sqlite.SqliteCatalogStore;
import dev.meshlens.lineage.LineageGraph;
import dev.meshlens.sample.synthetic.SyntheticMeshConfig;
import dev.meshlens.sample.synthetic.SyntheticMeshGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A throwaway harness, not a unit test: writes a synthetic mesh of N datasets into a catalog under
 * a directory (kept for the next run), then times a new lineage graph catching up with it and
 * measures its TDB2 files. Run with the test class path: {@code java -cp ...
 * dev.meshlens.lineage.bench.CatchUpHarness <datasets> <dir>}.
 */
public final class CatchUpHarness {
  private static final Logger LOG = LoggerFactory.getLogger(CatchUpHarness.class);

  private CatchUpHarness() {}

  public static void main(String[] args) throws IOException {
    int datasets = Integer.parseInt(args[0]);
    Path dir = Path.of(args[1]);
    Files.createDirectories(dir);
    Path catalog = dir.resolve("catalog-" + datasets + ".db");
    if (!Files.exists(dir.resolve("catalog-" + datasets + ".done"))) {
      try (SqliteCatalogStore store = SqliteCatalogStore.open(catalog)) {
        new SyntheticMeshGenerator(SyntheticMeshConfig.of(datasets))
            .batches()
            .forEach(store::apply);
      }
      Files.writeString(dir.resolve("catalog-" + datasets + ".done"), "");
    }
    Path graphDir = dir.resolve("graph");
    delete(graphDir);
    if (args.length > 2 && args[2].equals("follow")) {
      follow(datasets, dir, graphDir);
      return;
    }
    try (SqliteCatalogStore store = SqliteCatalogStore.open(catalog)) {
      long assets = store.listAssets(AssetQuery.all(1, 1)).total();
      long changes = store.lastSequence();
      long started = System.nanoTime();
      try (LineageGraph graph = LineageGraph.open(store, graphDir)) {
        long nanos = System.nanoTime() - started;
        DatasetGraph dsg = graph.dataset().asDatasetGraph();
        long quads = Txn.calculateRead(dsg, () -> Iter.count(dsg.find()));
        LOG.info(
            "RESULT {} datasets: {} assets, {} changes caught up in {} ms: {} assets/s, {} quads,"
                + " {} MiB on disk",
            datasets,
            assets,
            changes,
            nanos / 1_000_000,
            String.format(java.util.Locale.ROOT, "%.0f", assets / (nanos / 1e9)),
            quads,
            size(graphDir) >> 20);
      }
    }
  }

  /**
   * Opens a graph on a new catalog, then writes the mesh into the catalog batch by batch while the
   * graph follows it; times until the graph has applied the last change.
   */
  private static void follow(int datasets, Path dir, Path graphDir) throws IOException {
    Path catalog = dir.resolve("follow-" + datasets + ".db");
    for (String suffix : new String[] {"", "-wal", "-shm"}) {
      Files.deleteIfExists(Path.of(catalog + suffix));
    }
    try (SqliteCatalogStore store = SqliteCatalogStore.open(catalog);
        LineageGraph graph = LineageGraph.open(store, graphDir)) {
      long started = System.nanoTime();
      new SyntheticMeshGenerator(SyntheticMeshConfig.of(datasets)).batches().forEach(store::apply);
      long written = System.nanoTime() - started;
      while (graph.appliedSequence() < store.lastSequence()) {
        graph.catchUp();
      }
      long nanos = System.nanoTime() - started;
      long assets = store.listAssets(AssetQuery.all(1, 1)).total();
      LOG.info(
          "RESULT following {} datasets: {} assets, catalog written in {} ms, followed in {} ms: {}"
              + " assets/s, {} MiB on disk",
          datasets,
          assets,
          written / 1_000_000,
          nanos / 1_000_000,
          String.format(java.util.Locale.ROOT, "%.0f", assets / (nanos / 1e9)),
          size(graphDir) >> 20);
    }
  }

  private static long size(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
    }
  }

  private static void delete(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    }
  }
}
