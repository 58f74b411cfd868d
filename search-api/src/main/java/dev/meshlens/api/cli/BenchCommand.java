package dev.meshlens.api.cli;

import dev.meshlens.sample.bench.IngestBenchmark;
import dev.meshlens.sample.bench.IngestReport;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Runs the benchmarks; each prints a table of our figure, the baseline and the ratio. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description =
        "Run a benchmark and print our figures next to a baseline measured in the same run.",
    subcommands = {
      BenchCommand.Ingest.class,
      BenchLineageCommand.class,
      CrawlBenchCommand.class,
      RelevanceCommand.class,
      BenchSearchCommand.class,
      BenchGraphCommand.class,
      BenchHealthCommand.class,
      BenchProfileCommand.class
    })
final class BenchCommand {

  /** Store ingest against raw JDBC batch inserts of the same rows. */
  @Command(
      name = "ingest",
      mixinStandardHelpOptions = true,
      description =
          "Store ingest of generated datasets vs raw JDBC batch inserts of the same rows."
              + " Targets: >= 0.5x raw, 1,000,000 datasets in < 5 min with -Xmx1g.")
  static final class Ingest implements Callable<Integer> {
    @Option(
        names = "--datasets",
        defaultValue = "100000",
        description = "Datasets (default 100000)")
    int datasets;

    @Mixin MeshShape shape;

    @Option(names = "--dir", paramLabel = "DIR", description = "Keep the databases here")
    Path dir;

    @Override
    public Integer call() {
      IngestReport report =
          IngestBenchmark.run(
              new IngestBenchmark.Options(
                  datasets,
                  shape.batch,
                  shape.columns,
                  shape.seed,
                  Math.min(5_000, datasets / 10),
                  dir),
              Console.out());
      return report.allTargetsMet() ? 0 : 1;
    }
  }
}
