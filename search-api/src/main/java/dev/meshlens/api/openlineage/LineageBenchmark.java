package dev.meshlens.api.openlineage;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.ObjectReader;
import dev.meshlens.api.Meshlens;
import dev.meshlens.api.ServerConfig;
import dev.meshlens.api.http.ApiJson;
import dev.meshlens.api.openlineage.LineageBenchReport.Measurement;
import dev.meshlens.catalog.CatalogStore;
import dev.meshlens.catalog.access.Role;
import dev.meshlens.catalog.access.TokenRequest;
import dev.meshlens.catalog.sqlite.SqliteCatalogStore;
import dev.meshlens.indexer.crawl.openlineage.OpenLineageValidator;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The OpenLineage push benchmark: generated RunEvents ({@link SyntheticRunEvents}) posted to a real
 * server on port 0 with an empty catalog by several concurrent clients, then the same events
 * applied without HTTP in one thread, one transaction per event, through the same checking, mapping
 * and merging ({@link LineagePush.Commits#ONE_BY_ONE}) into another empty catalog. A warm-up run of
 * other events on throwaway catalogs comes first. Everything happens in a temporary folder, deleted
 * afterwards.
 */
public final class LineageBenchmark {
  private static final Logger LOG = LoggerFactory.getLogger(LineageBenchmark.class);
  private static final ObjectReader JSON = ApiJson.mapper().reader();

  /** How to run: events to push, concurrent clients, generator seed, warm-up events. */
  public record Options(int events, int clients, long seed, int warmup) {
    public Options {
      if (events < 2) {
        throw new IllegalArgumentException("events must be >= 2; got: " + events);
      }
      if (clients < 1) {
        throw new IllegalArgumentException("clients must be >= 1; got: " + clients);
      }
      if (warmup < 0) {
        throw new IllegalArgumentException("warmup must be >= 0; got: " + warmup);
      }
    }

    /** 4 clients, seed 42, a fifth of the events (at most 4,000) to warm up. */
    public static Options of(int events) {
      return new Options(events, 4, 42, Math.min(4_000, events / 5));
    }
  }

  private LineageBenchmark() {}

  /** Runs the benchmark and prints the table to {@code out}. */
  public static LineageBenchReport run(Options options, PrintStream out) {
    LineageBenchReport report = run(options);
    out.print(report.table());
    out.flush();
    return report;
  }

  /** Runs the benchmark; progress is logged. */
  public static LineageBenchReport run(Options options) {
    Path dir = temporaryDirectory();
    try {
      List<byte[]> events = utf8(SyntheticRunEvents.generate(options.events(), options.seed()));
      if (options.warmup() >= 2) {
        LOG.info("Warming up with {} events", options.warmup());
        List<byte[]> warmup =
            utf8(SyntheticRunEvents.generate(options.warmup(), options.seed() + 1));
        overHttp(warmup, options.clients(), dir.resolve("warmup-http"));
        direct(warmup, dir.resolve("warmup-direct"));
      }
      LOG.info("Pushing {} events over HTTP with {} clients", events.size(), options.clients());
      Measurement http = overHttp(events, options.clients(), dir.resolve("http"));
      LOG.info("Applying the same {} events without HTTP, in one thread", events.size());
      Measurement baseline = direct(events, dir.resolve("direct"));
      return new LineageBenchReport(options, http, baseline);
    } finally {
      delete(dir);
    }
  }

  private static Measurement overHttp(List<byte[]> events, int clients, Path dir) {
    try (Meshlens server =
        Meshlens.start(
            ServerConfig.defaults().withPort(0).withDataDir(dir).withSampleMesh(false))) {
      Clock clock = new Clock();
      String token =
          server
              .store()
              .access()
              .createToken(
                  new TokenRequest("lineage-bench", Role.CRAWLER, List.of(), null),
                  java.time.Instant.now())
              .secret();
      long[] nanos = new HttpLoad(server.url(), events, token).run(clients);
      return clock.measurement(nanos, server.store());
    }
  }

  private static Measurement direct(List<byte[]> events, Path dir) {
    OpenLineageValidator validator = new OpenLineageValidator();
    try (CatalogStore store = SqliteCatalogStore.open(dir.resolve("catalog.db"));
        LineagePush push = LineagePush.start(store, validator, LineagePush.Commits.ONE_BY_ONE)) {
      long[] nanos = new long[events.size()];
      Clock clock = new Clock();
      for (int i = 0; i < events.size(); i++) {
        long began = System.nanoTime();
        push.accept(JSON.readTree(events.get(i)));
        nanos[i] = System.nanoTime() - began;
      }
      return clock.measurement(nanos, store);
    } catch (IOException e) {
      throw new UncheckedIOException("A generated event is not JSON", e);
    }
  }

  /** Wall and process CPU time since it was made. */
  private static final class Clock {
    private final long start = System.nanoTime();
    private final Duration cpu = cpu();

    Measurement measurement(long[] nanos, CatalogStore store) {
      double seconds = (System.nanoTime() - start) / 1e9;
      double cpuSeconds = cpu().minus(cpu).toNanos() / 1e9;
      long[] sorted = nanos.clone();
      Arrays.sort(sorted);
      return new Measurement(
          sorted.length,
          seconds,
          sorted[sorted.length / 2] / 1e6,
          sorted[Math.min(sorted.length - 1, (int) (sorted.length * 0.99))] / 1e6,
          cpuSeconds,
          store.status().assets(),
          store.lastSequence());
    }

    private static Duration cpu() {
      return ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
    }
  }

  private static List<byte[]> utf8(List<String> events) {
    return events.stream().map(e -> e.getBytes(UTF_8)).toList();
  }

  private static Path temporaryDirectory() {
    try {
      return Files.createTempDirectory("meshlens-lineage-bench");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create a temporary folder", e);
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      LOG.warn("Could not delete the benchmark folder {}", dir, e);
    }
  }
}
