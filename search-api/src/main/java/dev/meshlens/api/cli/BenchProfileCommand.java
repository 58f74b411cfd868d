package dev.meshlens.api.cli;

import dev.meshlens.api.bench.ProfileBenchReport;
import dev.meshlens.api.bench.ProfileBenchmark;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bench profile}: full asset profiles over HTTP against raw JDBC reads of their facts. */
@Command(
    name = "profile",
    mixinStandardHelpOptions = true,
    description =
        "A generated mesh with runs and quality results, then full dataset profiles over HTTP at a"
            + " fixed rate (open loop) vs raw JDBC reads of the same facts. Target: p99 <= 20 ms"
            + " (run with -Xmx4g).")
final class BenchProfileCommand implements Callable<Integer> {
  @Option(
      names = "--datasets",
      defaultValue = "1000000",
      description = "Datasets (default 1000000)")
  int datasets;

  @Option(
      names = "--columns",
      defaultValue = "10",
      description = "Columns per dataset (default 10)")
  int columns;

  @Option(names = "--seed", defaultValue = "42", description = "Generator seed (default 42)")
  long seed;

  @Option(
      names = "--rate",
      defaultValue = "50",
      description = "Profiles offered per second (default 50)")
  double rate;

  @Option(
      names = "--duration",
      defaultValue = "30s",
      converter = BenchSearchCommand.DurationConverter.class,
      description = "How long each load runs: 30s, 2m, 500ms or ISO-8601 (default 30s)")
  Duration duration;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description =
          "Keep the catalog and its projections here (a catalog of the same shape is reused)")
  Path data;

  @Override
  public Integer call() {
    ProfileBenchReport report =
        ProfileBenchmark.run(
            new ProfileBenchmark.Options(datasets, columns, seed, rate, duration, data),
            Console.out());
    return report.allTargetsMet() ? 0 : 1;
  }
}
