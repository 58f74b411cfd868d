package dev.meshlens.api.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.meshlens.api.ShopDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code meshlens crawl} in its own JVM, as cron or a Kubernetes CronJob runs it. */
class CrawlProcessTest {
  @TempDir Path dir;

  /** Runs the command in a child JVM; returns its exit status, its output in {@code log}. */
  private int run(Path log, String... args) throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "crawl"));
    command.addAll(List.of(args));
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            // a file, not a pipe: the JDK closes a process's pipe under a reader when it exits
            .redirectOutput(log.toFile())
            .start();
    try {
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the crawl finished").isTrue();
      return process.exitValue();
    } finally {
      process.destroyForcibly();
    }
  }

  @Test
  void the_exit_status_tells_a_scheduler_how_the_crawl_went() throws Exception {
    ShopDatabase.create(dir);
    Path sources = dir.resolve("sources.yaml");
    Files.writeString(
        sources, "sources:\n" + ShopDatabase.source("shop", "shop.sqlite", "0 3 * * *"), UTF_8);
    String[] where = {"--sources", sources.toString(), "--data", dir.resolve("data").toString()};
    Path ok = dir.resolve("ok.log");
    Path unknown = dir.resolve("unknown.log");

    int succeeded = run(ok, concat(new String[] {"--source", "shop"}, where));
    int badArgument = run(unknown, concat(new String[] {"--source", "nope"}, where));

    assertThat(succeeded).as(Files.readString(ok, UTF_8)).isZero();
    assertThat(Files.readString(ok, UTF_8)).contains("jdbc:shop: SUCCEEDED");
    assertThat(badArgument).isEqualTo(2);
    assertThat(Files.readString(unknown, UTF_8)).contains("meshlens: No source 'nope'");
  }

  private static String[] concat(String[] a, String[] b) {
    List<String> all = new ArrayList<>(List.of(a));
    all.addAll(List.of(b));
    return all.toArray(String[]::new);
  }
}
