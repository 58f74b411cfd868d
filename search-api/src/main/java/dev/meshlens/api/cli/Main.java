package dev.meshlens.api.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code meshlens [command]}: without a command it serves the catalog with the defaults. */
@Command(
    name = "meshlens",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Meshlens: the metadata catalog and discovery search engine of a data mesh.",
    subcommands = {
      ServeCommand.class,
      GenerateCommand.class,
      BenchCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Callable<Integer> {

  @Override
  public Integer call() {
    return new CommandLine(new ServeCommand()).execute();
  }

  public static void main(String[] args) {
    CommandLine cli = new CommandLine(new Main());
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      if (e instanceof IllegalArgumentException) {
        commandLine.getErr().println("meshlens: " + e.getMessage());
        return 2;
      }
      throw e;
    });
    int code = cli.execute(args);
    if (code != 0) {
      System.exit(code);
    }
  }

  /** The version from the jar manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Main.class.getPackage().getImplementationVersion();
      return new String[] {"meshlens " + (version == null ? "(development build)" : version)};
    }
  }
}
