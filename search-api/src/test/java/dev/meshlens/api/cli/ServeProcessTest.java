package dev.meshlens.api.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real command in its own JVM: it starts, serves, and a SIGTERM closes the store cleanly. */
class ServeProcessTest {
  private static final Pattern URL = Pattern.compile("serving at (http://\\S+)");

  @TempDir Path dir;

  @Test
  void sigterm_stops_the_server_and_closes_the_catalog_cleanly() throws Exception {
    Path data = dir.resolve("data");
    Path log = dir.resolve("server.log");
    Process process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // the server's own logging, not the tests' quieter configuration
                "-Dlogback.configurationFile=logback.xml",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "serve",
                "--empty",
                "--port",
                "0",
                "--data",
                data.toString())
            .redirectErrorStream(true)
            // a file, not a pipe: the JDK closes a process's pipe under a reader when it exits
            .redirectOutput(log.toFile())
            .start();
    try {
      HttpResponse<String> health =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(awaitUrl(log, process) + "/health")).build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(health.statusCode()).isEqualTo(200);

      process.destroy();

      assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("stopped after SIGTERM").isTrue();
    } finally {
      process.destroyForcibly();
    }
    List<String> output = Files.readAllLines(log, UTF_8);
    assertThat(output)
        .anySatisfy(line -> assertThat(line).contains("Catalog store at").contains("closed"));
    assertThat(Files.exists(data.resolve("catalog.db"))).isTrue();
    assertThat(Files.exists(data.resolve("catalog.db-wal")))
        .as("the write-ahead log was checkpointed and removed: %s", output)
        .isFalse();
  }

  private static String awaitUrl(Path log, Process process) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline && process.isAlive()) {
      for (String line : Files.readAllLines(log, UTF_8)) {
        Matcher matcher = URL.matcher(line);
        if (matcher.find()) {
          return matcher.group(1);
        }
      }
      Thread.sleep(100);
    }
    throw new AssertionError("The server never said where it serves: " + Files.readString(log));
  }
}
