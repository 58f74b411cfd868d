package dev.meshlens.api.cli;

import dev.meshlens.api.openlineage.LineageBenchReport;
import dev.meshlens.api.openlineage.LineageBenchmark;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** OpenLineage events pushed over HTTP against the same events applied without HTTP. */
@Command(
    name = "lineage",
    mixinStandardHelpOptions = true,
    description =
        "POST /api/v1/lineage with concurrent clients vs the same events applied in one thread"
            + " without HTTP. Target: >= 2,000 events/s over HTTP with 4 clients.")
final class BenchLineageCommand implements Callable<Integer> {
  @Option(names = "--events", defaultValue = "20000", description = "Events (default 20000)")
  int events;

  @Option(names = "--clients", defaultValue = "4", description = "Concurrent clients (default 4)")
  int clients;

  @Option(names = "--seed", defaultValue = "42", description = "Generator seed (default 42)")
  long seed;

  @Override
  public Integer call() {
    LineageBenchmark.Options defaults = LineageBenchmark.Options.of(events);
    LineageBenchReport report =
        LineageBenchmark.run(
            new LineageBenchmark.Options(events, clients, seed, defaults.warmup()), Console.out());
    return report.targetMet() ? 0 : 1;
  }
}
