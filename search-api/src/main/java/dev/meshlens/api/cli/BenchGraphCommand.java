package dev.meshlens.api.cli;

import dev.meshlens.api.bench.GraphBenchReport;
import dev.meshlens.api.bench.GraphBenchmark;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bench graph}: lineage walks over HTTP against SPARQL and an in-memory BFS. */
@Command(
    name = "graph",
    mixinStandardHelpOptions = true,
    description =
        "Lineage graph of a generated mesh with hubs: edges added vs raw Jena, then upstream and"
            + " downstream at depth 10 over HTTP at a fixed rate vs a SPARQL property path and an"
            + " in-memory BFS from the same starts. Targets: the same node sets as SPARQL, API p99"
            + " <= 25 ms, >= 3x faster than SPARQL at p50.")
final class BenchGraphCommand implements Callable<Integer> {
  @Option(
      names = "--edges",
      defaultValue = "1000000",
      description = "Dataset-to-dataset edges, about (default 1000000)")
  long edges;

  @Option(
      names = "--rate",
      defaultValue = "50",
      description = "Lineage requests per second over HTTP, each way (default 50)")
  double rate;

  @Option(
      names = "--duration",
      defaultValue = "30",
      description = "Seconds of load each way (default 30)")
  double duration;

  @Option(
      names = "--starts",
      defaultValue = "200",
      description = "Start datasets, one in 20 a hub (default 200)")
  int starts;

  @Option(
      names = "--sparql-starts",
      defaultValue = "100",
      description = "How many of the first starts SPARQL runs from (default 100)")
  int sparqlStarts;

  @Option(
      names = "--sparql-timeout",
      defaultValue = "5",
      description = "Seconds before a SPARQL query is cancelled (default 5)")
  double sparqlTimeout;

  @Option(names = "--seed", defaultValue = "42", description = "Generator seed (default 42)")
  long seed;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "Keep the catalog and graphs here (and reuse a catalog of the same shape)")
  Path data;

  @Override
  public Integer call() {
    GraphBenchReport report =
        GraphBenchmark.run(
            new GraphBenchmark.Options(
                edges,
                rate,
                Duration.ofMillis(Math.round(duration * 1000)),
                starts,
                sparqlStarts,
                Duration.ofMillis(Math.round(sparqlTimeout * 1000)),
                seed,
                data),
            Console.out());
    return report.allTargetsMet() ? 0 : 1;
  }
}
