package dev.meshlens.api.openlineage;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts events to {@code POST /api/v1/lineage} from several clients at once, each with its own
 * keep-alive HTTP/1.1 connection ({@link PlainHttpConnection}) sending its next event as soon as
 * the previous one was answered; the events are taken in order from one shared list. Records each
 * event's time from send to answer. Any answer other than 201 stops the load and fails it.
 */
final class HttpLoad {
  private static final Logger LOG = LoggerFactory.getLogger(HttpLoad.class);

  private final URI endpoint;
  private final List<byte[]> events;
  private final long[] nanos;
  private final AtomicInteger next = new AtomicInteger();
  private final AtomicReference<String> failure = new AtomicReference<>();

  HttpLoad(String serverUrl, List<byte[]> events) {
    this.endpoint = URI.create(serverUrl + "/api/v1/lineage");
    this.events = events;
    this.nanos = new long[events.size()];
  }

  /** Sends every event with {@code clients} clients; returns each event's latency in nanos. */
  long[] run(int clients) {
    ExecutorService pool =
        Executors.newFixedThreadPool(
            clients, Thread.ofPlatform().name("meshlens-bench-client-", 0).factory());
    try {
      List<Future<?>> running =
          java.util.stream.IntStream.range(0, clients)
              .<Future<?>>mapToObj(i -> pool.submit(this::client))
              .toList();
      for (Future<?> client : running) {
        client.get();
      }
    } catch (ExecutionException e) {
      throw new IllegalStateException("A benchmark client failed: " + e.getCause(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted", e);
    } finally {
      pool.shutdownNow();
    }
    if (failure.get() != null) {
      throw new IllegalStateException(failure.get());
    }
    return nanos;
  }

  private void client() {
    int step = Math.max(1, events.size() / 10);
    try (PlainHttpConnection http = new PlainHttpConnection(endpoint)) {
      for (int i = next.getAndIncrement(); i < events.size(); i = next.getAndIncrement()) {
        if (failure.get() != null) {
          return;
        }
        long start = System.nanoTime();
        PlainHttpConnection.Answer response = http.post(events.get(i));
        nanos[i] = System.nanoTime() - start;
        if (response.status() != 201) {
          failure.compareAndSet(
              null, "Event " + i + " got " + response.status() + ": " + response.body());
        }
        if ((i + 1) % step == 0) {
          LOG.info("{} of {} events pushed", i + 1, events.size());
        }
      }
    } catch (IOException | RuntimeException e) {
      failure.compareAndSet(null, "Pushing failed: " + e);
    }
  }
}
