package dev.meshlens.api.cli;

import dev.meshlens.api.bench.CrawlBenchReport;
import dev.meshlens.api.bench.CrawlBenchmark;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bench crawl}: the JDBC crawl of a generated SQLite database into the store. */
@Command(
    name = "crawl",
    mixinStandardHelpOptions = true,
    description =
        "Crawl of a generated SQLite database (tables with foreign keys, a few views) into the"
            + " store, vs the store's bulk ingest of the same batches; then a no-change re-crawl."
            + " Targets: >= 3,500 assets/s first crawl, re-crawl >= 10x faster.")
final class CrawlBenchCommand implements Callable<Integer> {
  @Option(names = "--tables", defaultValue = "20000", description = "Tables (default 20000)")
  int tables;

  @Option(names = "--columns", defaultValue = "20", description = "Columns per table (default 20)")
  int columns;

  @Option(names = "--seed", defaultValue = "42", description = "Random seed (default 42)")
  long seed;

  @Option(
      names = "--dir",
      paramLabel = "DIR",
      description = "Keep the source and the stores here (and reuse the source next time)")
  Path dir;

  @Override
  public Integer call() {
    CrawlBenchReport report =
        CrawlBenchmark.run(new CrawlBenchmark.Options(tables, columns, seed, dir), Console.out());
    return report.allTargetsMet() ? 0 : 1;
  }
}
