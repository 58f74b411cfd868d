package dev.meshlens.sample.bench;

import java.nio.file.Path;
import java.util.List;

/** Parses the command line of {@link IngestBenchmark}: {@code --name value} pairs. */
final class IngestOptionsParser {
  static final List<String> NAMES =
      List.of("--datasets", "--batch", "--columns", "--seed", "--warmup", "--dir");

  private IngestOptionsParser() {}

  static IngestBenchmark.Options parse(List<String> args) {
    IngestBenchmark.Options defaults = IngestBenchmark.Options.defaults();
    int datasets = defaults.datasets();
    int batch = defaults.batchSize();
    int columns = defaults.columns();
    long seed = defaults.seed();
    Integer warmup = null;
    Path dir = null;
    for (int i = 0; i < args.size(); i += 2) {
      String name = args.get(i);
      if (!NAMES.contains(name)) {
        throw new IllegalArgumentException("Unknown option '" + name + "' (known: " + NAMES + ")");
      }
      if (i + 1 >= args.size()) {
        throw new IllegalArgumentException("Option " + name + " needs a value");
      }
      String value = args.get(i + 1);
      switch (name) {
        case "--datasets" -> datasets = number(name, value);
        case "--batch" -> batch = number(name, value);
        case "--columns" -> columns = number(name, value);
        case "--seed" -> seed = number(name, value);
        case "--warmup" -> warmup = number(name, value);
        default -> dir = Path.of(value);
      }
    }
    int warm = warmup != null ? warmup : Math.min(5_000, datasets / 10);
    return new IngestBenchmark.Options(datasets, batch, columns, seed, warm, dir);
  }

  private static int number(String name, String value) {
    try {
      return Integer.parseInt(value.replace("_", "").replace(",", ""));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " needs a whole number; got: '" + value + "'", e);
    }
  }
}
