package dev.meshlens.api.cli;

import dev.meshlens.api.bench.SearchBenchReport;
import dev.meshlens.api.bench.SearchBenchmark;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code bench search}: search over HTTP against the raw searcher, on a generated mesh. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description =
        "Index build of a generated mesh, then searches over HTTP at a fixed rate (open loop) vs"
            + " the raw IndexSearcher on the same index, and autocomplete. Targets: search p50 <="
            + " 10 ms, p99 <= 50 ms, HTTP p99 <= 3x raw p99 + 5 ms, autocomplete p99 <= 15 ms,"
            + " within a 4 GiB heap (run with -Xmx4g).")
final class BenchSearchCommand implements Callable<Integer> {
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
      defaultValue = "200",
      description = "Searches offered per second (default 200)")
  double rate;

  @Option(
      names = "--duration",
      defaultValue = "30s",
      converter = DurationConverter.class,
      description = "How long each load runs: 30s, 2m, 500ms or ISO-8601 (default 30s)")
  Duration duration;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "Keep the catalog and the index here (a catalog of the same shape is reused)")
  Path data;

  @Override
  public Integer call() {
    SearchBenchReport report =
        SearchBenchmark.run(
            new SearchBenchmark.Options(datasets, columns, seed, rate, duration, data),
            Console.out());
    return report.allTargetsMet() ? 0 : 1;
  }

  /** {@code 30s}, {@code 2m}, {@code 500ms}, or an ISO-8601 duration such as {@code PT30S}. */
  static final class DurationConverter implements ITypeConverter<Duration> {
    private static final Pattern SHORT = Pattern.compile("(\\d+)\\s*(ms|s|m)");

    @Override
    public Duration convert(String value) {
      Matcher m = SHORT.matcher(value.trim().toLowerCase(Locale.ROOT));
      if (m.matches()) {
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
          case "ms" -> Duration.ofMillis(n);
          case "s" -> Duration.ofSeconds(n);
          default -> Duration.ofMinutes(n);
        };
      }
      try {
        return Duration.parse(value.trim());
      } catch (RuntimeException e) {
        throw new TypeConversionException(
            "'" + value + "' is not a duration such as 30s, 2m, 500ms or PT30S");
      }
    }
  }
}
