package dev.meshlens.api.cli;

import dev.meshlens.api.bench.HealthBenchReport;
import dev.meshlens.api.bench.HealthBenchmark;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bench health}: recompute every health score of a generated mesh vs raw JDBC. */
@Command(
    name = "health",
    mixinStandardHelpOptions = true,
    description =
        "Recompute every health score (datasets, products, domains; snapshots written) of a"
            + " generated mesh with usage, runs and quality results, vs raw JDBC running the SQL"
            + " aggregations of the same facts. Target: under 2 minutes at 1,000,000 datasets"
            + " (run with -Xmx4g).")
final class BenchHealthCommand implements Callable<Integer> {
  @Option(
      names = "--datasets",
      defaultValue = "1000000",
      description = "Datasets (default 1000000)")
  int datasets;

  @Option(names = "--seed", defaultValue = "42", description = "Generator seed (default 42)")
  long seed;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "Keep the catalog here (a catalog of the same shape is reused)")
  Path data;

  @Override
  public Integer call() {
    HealthBenchReport report =
        HealthBenchmark.run(new HealthBenchmark.Options(datasets, seed, data), Console.out());
    return report.allTargetsMet() ? 0 : 1;
  }
}
