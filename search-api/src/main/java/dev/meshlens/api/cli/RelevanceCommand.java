package dev.meshlens.api.cli;

import dev.meshlens.api.bench.RelevanceBenchReport;
import dev.meshlens.api.bench.RelevanceBenchmark;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bench relevance}: judged queries over the sample mesh, search vs plain BM25. */
@Command(
    name = "relevance",
    mixinStandardHelpOptions = true,
    description =
        "Judged queries over the sample mesh: nDCG@10, MRR, P@1 and zero-result queries of search"
            + " vs plain BM25 (StandardAnalyzer over all text in one field) on the same documents."
            + " Targets: nDCG@10 >= 1.3x baseline, P@1 = 1 on exact names, no zero-result query.")
final class RelevanceCommand implements Callable<Integer> {
  @Option(
      names = "--judgments",
      paramLabel = "FILE",
      description = "Judged queries (YAML; default: the bundled judgments of the sample mesh)")
  Path judgments;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description =
          "Keep the sample mesh, the catalog and the index here (default: a temporary folder,"
              + " deleted afterwards)")
  Path data;

  @Override
  public Integer call() {
    RelevanceBenchReport report =
        RelevanceBenchmark.run(new RelevanceBenchmark.Options(judgments, data), Console.out());
    return report.allTargetsMet() ? 0 : 1;
  }
}
