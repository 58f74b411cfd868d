package dev.meshlens.sample.mesh;

import dev.meshlens.sample.mesh.model.Blueprint;
import dev.meshlens.sample.mesh.model.Mesh;
import dev.meshlens.sample.mesh.model.Product;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the Acme Outfitters sample mesh into a directory: descriptors, contracts, owners,
 * glossary, product databases, lineage, dbt artifacts, the query log, the crawl sources, a README
 * and {@code index.txt}. Everything is derived from the blueprint with fixed seeds and the fixed
 * anchor instant, so two runs write the same text files byte for byte and databases with the same
 * content.
 */
public final class SampleMeshWriter {
  private static final Logger LOG = LoggerFactory.getLogger(SampleMeshWriter.class);
  private static final long SEED = 20261120L;

  private final Mesh mesh;

  public SampleMeshWriter(Mesh mesh) {
    this.mesh = mesh;
  }

  /** Writes the sample mesh into the directory given as the only argument. */
  public static void main(String[] args) throws IOException, SQLException {
    if (args.length != 1) {
      throw new IllegalArgumentException("Usage: SampleMeshWriter <output directory>");
    }
    Path out = Path.of(args[0]);
    new SampleMeshWriter(Blueprint.acmeOutfitters()).write(out);
    LOG.info("Wrote the sample mesh to {}", out.toAbsolutePath());
  }

  /** Replaces the directory's content with the sample mesh. */
  public void write(Path root) throws IOException, SQLException {
    clear(root);
    Files.createDirectories(root);
    ValuePools pools = new ValuePools(SEED);
    ValueGenerator values = new ValueGenerator(pools, mesh.anchor());
    SqliteWriter databases = new SqliteWriter(new RowGenerator(pools, values, mesh.anchor()));
    for (Product product : mesh.products()) {
      databases.write(root, product);
    }
    new MeshFilesWriter(mesh).write(root);
    new OdpsWriter(mesh).write(root);
    new OdcsWriter(mesh).write(root);
    List<Run> runs = new RunPlan(mesh).runs();
    int events = new LineageWriter(mesh).write(root, runs);
    new DbtWriter(mesh).write(root);
    int queries = new UsageLogWriter(mesh).write(root);
    new ReadmeWriter(mesh).write(root, events, queries);
    IndexWriter.write(root);
  }

  private static void clear(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        if (!path.equals(root)) {
          Files.delete(path);
        }
      }
    }
  }
}
