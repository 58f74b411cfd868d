package dev.meshlens.api.cli;

import dev.meshlens.api.Meshlens;
import dev.meshlens.api.ServerConfig;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Starts the server and runs until SIGTERM or Ctrl-C, then closes the store cleanly. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Start the Meshlens server (the default command).")
final class ServeCommand implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

  @Option(names = "--port", description = "HTTP port (default 7070; 0 picks a free port)")
  Integer port;

  @Mixin ServerOptions server = new ServerOptions();

  @Option(names = "--empty", description = "Start without loading the sample mesh")
  boolean empty;

  @Override
  public Integer call() throws InterruptedException {
    ServerConfig settings = server.settings();
    if (port != null) {
      settings = settings.withPort(port);
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
    // said only once SIGTERM is sure to close the catalog cleanly
    LOG.info("Meshlens is serving at {}", meshlens.url());
    stopped.await();
    return 0;
  }
}
