package dev.meshlens.api.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
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
      CrawlCommand.class,
      TokenCommand.class,
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
    int code = commandLine().execute(args);
    if (code != 0) {
      System.exit(code);
    }
  }

  /**
   * The command line as {@code main} runs it: results on standard output, and an invalid argument
   * found while running (an unknown source, a bad file) is a message and exit status 2, like a
   * malformed option.
   */
  static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(new PrintWriter(new OutputStreamWriter(Console.out(), UTF_8), true));
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      if (e instanceof IllegalArgumentException) {
        commandLine.getErr().println("meshlens: " + e.getMessage());
        return CrawlCommand.BAD_ARGUMENTS;
      }
      throw e;
    });
    return cli;
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
