package dev.meshlens.api.cli;

import picocli.CommandLine.Option;

/** The options shaping a synthetic mesh, shared by {@code generate} and {@code bench}. */
final class MeshShape {
  @Option(
      names = "--columns",
      defaultValue = "10",
      description = "Columns per dataset (default 10)")
  int columns;

  @Option(names = "--seed", defaultValue = "42", description = "Random seed (default 42)")
  long seed;

  @Option(
      names = "--batch",
      defaultValue = "1000",
      description = "Datasets per batch (default 1000)")
  int batch;
}
