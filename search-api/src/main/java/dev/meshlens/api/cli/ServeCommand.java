package dev.meshlens.api.cli;

import dev.meshlens.api.Meshlens;
import dev.meshlens.api.ServerConfig;
import dev.meshlens.api.ServerConfigFile;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Starts the server and runs until SIGTERM or Ctrl-C, then closes the store cleanly. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Start the Meshlens server (the default command).")
final class ServeCommand implements Callable<Integer> {
  @Option(names = "--port", description = "HTTP port (default 7070; 0 picks a free port)")
  Integer port;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "Data directory (default ./meshlens-data)")
  Path data;

  @Option(names = "--config", paramLabel = "FILE", description = "Server configuration file (YAML)")
  Path config;

  @Option(names = "--empty", description = "Start without loading the sample mesh")
  boolean empty;

  @Override
  public Integer call() throws InterruptedException {
    ServerConfig settings =
        config == null ? ServerConfig.defaults() : ServerConfigFile.read(config);
    if (port != null) {
      settings = settings.withPort(port);
    }
    if (data != null) {
      settings = settings.withDataDir(data);
    }
    if (empty) {
      settings = settings.withSampleMesh(false);
    }
    Meshlens meshlens = Meshlens.start(settings);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  meshlens.close();
                  stopped.countDown();
                },
                "meshlens-shutdown"));
    stopped.await();
    return 0;
  }
}
