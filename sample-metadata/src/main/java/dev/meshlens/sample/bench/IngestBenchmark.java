package dev.meshlens.sample.bench;

import dev.meshlens.sample.synthetic.SyntheticMeshConfig;
import dev.meshlens.sample.synthetic.SyntheticMeshConfig.Content;
import dev.meshlens.sample.synthetic.SyntheticMeshGenerator;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Store ingest benchmark: generated datasets (with info, schema, membership, ownership and tags)
 * written in batches into the Meshlens SQLite store through {@code apply}, then the same rows
 * written with raw JDBC batch inserts into a plain two-table schema, in the same JVM. Prints a
 * table of rates, times, heap and file sizes against the targets.
 *
 * <pre>{@code
 * java -Xmx1g -cp <classpath> dev.meshlens.sample.bench.IngestBenchmark --datasets 1000000
 * }</pre>
 *
 * Options: {@code --datasets N} (default 100,000), {@code --batch N} (1,000), {@code --columns N}
 * (10), {@code --seed N} (42), {@code --warmup N} (datasets written to both targets first, to warm
 * up the JIT; default a tenth of the datasets, at most 5,000), {@code --dir PATH} (where the
 * databases go; they are kept there; by default a temporary folder, deleted afterwards).
 */
public final class IngestBenchmark {
  private static final Logger LOG = LoggerFactory.getLogger(IngestBenchmark.class);

  /**
   * How to run.
   *
   * @param dir where the database files go, or null for a temporary folder deleted afterwards
   */
  public record Options(int datasets, int batchSize, int columns, long seed, int warmup, Path dir) {
    public Options {
      // the generator's own checks, with its messages
      new SyntheticMeshConfig(datasets, columns, seed, batchSize, Content.DATASETS_ONLY);
      if (warmup < 0) {
        throw new IllegalArgumentException("warmup must be >= 0; got: " + warmup);
      }
    }

    /** 100,000 datasets of 10 columns in batches of 1,000. */
    public static Options defaults() {
      return of(100_000);
    }

    public static Options of(int datasets) {
      return new Options(datasets, 1_000, 10, 42, Math.min(5_000, datasets / 10), null);
    }

    SyntheticMeshConfig mesh(int count, long meshSeed) {
      return new SyntheticMeshConfig(count, columns, meshSeed, batchSize, Content.DATASETS_ONLY);
    }
  }

  private IngestBenchmark() {}

  /** Runs the benchmark and prints the table to {@code out}. */
  public static IngestReport run(Options options, PrintStream out) {
    IngestReport report = run(options);
    out.print(report.table());
    out.flush();
    return report;
  }

  /** Runs the benchmark; progress is logged. */
  public static IngestReport run(Options options) {
    try (BenchFolder folder = BenchFolder.open(options.dir(), "meshlens-ingest-bench")) {
      Path dir = folder.path();
      Path ours = dir.resolve("meshlens.db");
      Path theirs = dir.resolve("baseline.db");
      if (options.warmup() > 0) {
        warmUp(options, ours, theirs);
      }
      SyntheticMeshGenerator generator =
          new SyntheticMeshGenerator(options.mesh(options.datasets(), options.seed()));
      LOG.info(
          String.format(
              Locale.ROOT,
              "Ingest benchmark: %,d datasets x %d columns in batches of %,d, in %s",
              options.datasets(),
              options.columns(),
              options.batchSize(),
              dir));
      IngestMeasurement store = IngestRun.measure("Meshlens", generator, StoreTarget::new, ours);
      IngestMeasurement baseline =
          IngestRun.measure("raw JDBC", generator, JdbcBaselineTarget::new, theirs);
      return new IngestReport(options, HeapProbe.maxHeapBytes(), store, baseline);
    }
  }

  private static void warmUp(Options options, Path ours, Path theirs) {
    LOG.info("Warming up with {} datasets per target", options.warmup());
    SyntheticMeshGenerator warmup =
        new SyntheticMeshGenerator(options.mesh(options.warmup(), options.seed() + 1));
    IngestRun.measure("Meshlens (warm-up)", warmup, StoreTarget::new, ours);
    IngestRun.measure("raw JDBC (warm-up)", warmup, JdbcBaselineTarget::new, theirs);
  }
}
