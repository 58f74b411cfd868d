package dev.meshlens.api.cli;

import dev.meshlens.api.ServerConfig;
import dev.meshlens.api.demo.SampleMeshLoader;
import dev.meshlens.catalog.CatalogStore;
import dev.meshlens.catalog.CrawlRun;
import dev.meshlens.catalog.CrawlStatus;
import dev.meshlens.catalog.RunIssue;
import dev.meshlens.catalog.sqlite.SqliteCatalogStore;
import dev.meshlens.indexer.crawl.CrawlRunner;
import dev.meshlens.indexer.crawl.SourceDefinition;
import dev.meshlens.indexer.crawl.SourceReaders;
import dev.meshlens.indexer.crawl.SourcesFile;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Crawls one source once, now, into the catalog of the data directory, for an external scheduler
 * (cron, a Kubernetes CronJob). A server may run on the same data directory meanwhile.
 */
@Command(
    name = "crawl",
    mixinStandardHelpOptions = true,
    description = {
      "Crawl one source of the sources file once, now, into the catalog, and print the outcome.",
      "Exit status: 0 SUCCEEDED or PARTIAL, 1 FAILED, 3 FAILSAFE, 2 bad arguments."
    })
final class CrawlCommand implements Callable<Integer> {
  static final int FAILED = 1;
  static final int BAD_ARGUMENTS = 2;
  static final int FAILSAFE = 3;
  private static final int WARNINGS_SHOWN = 20;

  @Option(names = "--source", required = true, paramLabel = "NAME", description = "Source name")
  String source;

  @Mixin ServerOptions server = new ServerOptions();

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    ServerConfig settings = server.settings();
    SourceReaders readers = SourceReaders.standard();
    Path file = sourcesFile(settings);
    List<SourceDefinition> definitions = SourcesFile.read(file, readers);
    SourceDefinition definition =
        definitions.stream()
            .filter(d -> d.name().equals(source))
            .findFirst()
            .orElseThrow(() ->
                new IllegalArgumentException(
                    "No source '"
                        + source
                        + "' in "
                        + file
                        + " (known: "
                        + String.join(
                            ", ", definitions.stream().map(SourceDefinition::name).toList())
                        + ")"));
    CrawlRun run;
    try (CatalogStore store = SqliteCatalogStore.open(settings.catalogFile())) {
      run = new CrawlRunner(store, readers).run(definition.spec(), "cli");
    }
    print(run, spec.commandLine().getOut());
    return exitCode(run.status());
  }

  /** The sources file given, or the configured one, or the sample mesh's if it was extracted. */
  private static Path sourcesFile(ServerConfig settings) {
    if (settings.sources() != null) {
      return settings.sources();
    }
    Optional<Path> sampleMesh = SampleMeshLoader.findExtracted(settings.dataDir());
    if (settings.loadSampleMesh() && sampleMesh.isPresent()) {
      return sampleMesh.get();
    }
    throw new IllegalArgumentException(
        "No sources file: pass --sources FILE or set 'sources' in the configuration");
  }

  static int exitCode(CrawlStatus status) {
    return switch (status) {
      case SUCCEEDED, PARTIAL -> 0;
      case FAILSAFE -> FAILSAFE;
      case FAILED, ABANDONED, RUNNING -> FAILED;
    };
  }

  private static void print(CrawlRun run, PrintWriter out) {
    out.printf(
        Locale.ROOT,
        "%s: %s in %d ms (run %d); assets added %d, changed %d, unchanged %d, removed %d;"
            + " %d warnings%n",
        run.source(),
        run.status(),
        run.endedAt().toEpochMilli() - run.startedAt().toEpochMilli(),
        run.id(),
        run.counts().added(),
        run.counts().changed(),
        run.counts().unchanged(),
        run.counts().removed(),
        run.warningCount());
    for (RunIssue warning : run.warnings().stream().limit(WARNINGS_SHOWN).toList()) {
      out.printf(
          Locale.ROOT, "  warning: %s %s: %s%n", warning.file(), warning.path(), warning.reason());
    }
    if (run.warningCount() > WARNINGS_SHOWN) {
      out.printf(Locale.ROOT, "  (%d more warnings)%n", run.warningCount() - WARNINGS_SHOWN);
    }
    if (run.error() != null) {
      out.printf(Locale.ROOT, "  error: %s%n", run.error());
    }
    out.flush();
  }
}
