package dev.meshlens.api.cli;

import dev.meshlens.api.ServerConfig;
import dev.meshlens.api.ServerConfigFile;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The options naming the server's configuration, shared by {@code serve} and {@code crawl}: the
 * configuration file, and the data directory and sources file that override it.
 */
final class ServerOptions {
  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "Data directory (default ./meshlens-data)")
  Path data;

  @Option(names = "--config", paramLabel = "FILE", description = "Server configuration file (YAML)")
  Path config;

  @Option(
      names = "--sources",
      paramLabel = "FILE",
      description =
          "Sources file (YAML) to crawl (default: the configuration's, or the sample mesh's)")
  Path sources;

  /** The configuration file's settings (or the defaults), overridden by these options. */
  ServerConfig settings() {
    ServerConfig settings =
        config == null ? ServerConfig.defaults() : ServerConfigFile.read(config);
    if (data != null) {
      settings = settings.withDataDir(data);
    }
    if (sources != null) {
      settings = settings.withSources(sources);
    }
    return settings;
  }
}
