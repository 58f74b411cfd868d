package dev.meshlens.api.bench;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Requests sent by several client threads, each with its own {@link Client} (an HTTP connection,
 * say), taking the next request in turn, recording each request's latency.
 *
 * <ul>
 *   <li>{@link #openLoop open loop}: request {@code i} is due at {@code start + i / rate}, whether
 *       or not earlier requests were answered, and its latency runs from that due time to the
 *       answer, so time spent waiting for a free client counts (no coordinated omission);
 *   <li>{@link #closedLoop closed loop}: each client sends its next request as soon as its previous
 *       one was answered; the latency runs from sending to the answer.
 * </ul>
 */
public final class Load {
  private static final Logger LOG = LoggerFactory.getLogger(Load.class);
  private static final long LOG_EVERY_NANOS = 5_000_000_000L;

  /** Sends request {@code i} and waits for its answer; throws when the answer is wrong. */
  public interface Client extends AutoCloseable {
    void send(int i) throws Exception;

    @Override
    default void close() throws Exception {}
  }

  /** Opens one client per client thread. */
  public interface Clients {
    Client open() throws Exception;
  }

  /**
   * Each request's latency in nanoseconds, and the wall time from the first due time to the end.
   */
  public record Result(long[] nanos, long wallNanos) {}

  private final String name;
  private final double rate;
  private final int threads;

  private Load(String name, double rate, int threads) {
    if (!(rate > 0) || threads < 1) {
      throw new IllegalArgumentException(
          "rate must be > 0 and threads >= 1; got: " + rate + ", " + threads);
    }
    this.name = name;
    this.rate = rate;
    this.threads = threads;
  }

  /**
   * @param name what the log calls this load
   * @param rate requests per second offered
   * @param threads client threads: enough to keep sending on time while some wait for answers
   */
  public static Load openLoop(String name, double rate, int threads) {
    return new Load(name, rate, threads);
  }

  /** Each of {@code threads} clients sends its next request once its last one was answered. */
  public static Load closedLoop(String name, int threads) {
    return new Load(name, Double.POSITIVE_INFINITY, threads);
  }

  /** Offers {@code count} requests at the rate; fails at the first failed request. */
  public Result run(int count, Clients clients) {
    long[] nanos = new long[count];
    AtomicInteger next = new AtomicInteger();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    // open loop: time for the clients to connect before the first request is due
    long start = System.nanoTime() + (Double.isInfinite(rate) ? 0 : 100_000_000L);
    AtomicLong logged = new AtomicLong(start);
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads, Thread.ofPlatform().name("meshlens-bench-load-", 0).factory());
    try {
      List<Future<?>> running =
          IntStream.range(0, threads)
              .<Future<?>>mapToObj(t ->
                  pool.submit(
                      () -> client(clients, new Schedule(start, next, logged), nanos, failure)))
              .toList();
      for (Future<?> client : running) {
        client.get();
      }
    } catch (ExecutionException e) {
      failure.compareAndSet(null, e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted", e);
    } finally {
      pool.shutdownNow();
    }
    if (failure.get() != null) {
      throw new IllegalStateException(name + " failed: " + failure.get(), failure.get());
    }
    return new Result(nanos, System.nanoTime() - start);
  }

  /** When the run started, the next request to send, when progress was last logged. */
  private record Schedule(long start, AtomicInteger next, AtomicLong logged) {}

  private void client(
      Clients clients, Schedule schedule, long[] nanos, AtomicReference<Throwable> failure) {
    try (Client client = clients.open()) {
      for (int i = schedule.next().getAndIncrement();
          i < nanos.length && failure.get() == null;
          i = schedule.next().getAndIncrement()) {
        long due =
            Double.isInfinite(rate)
                ? System.nanoTime()
                : schedule.start() + (long) (i * 1e9 / rate);
        for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
          LockSupport.parkNanos(wait);
        }
        client.send(i);
        long answered = System.nanoTime();
        nanos[i] = answered - due;
        long last = schedule.logged().get();
        if (answered - last >= LOG_EVERY_NANOS && schedule.logged().compareAndSet(last, answered)) {
          LOG.info("{}: {} of {} requests answered", name, i + 1, nanos.length);
        }
      }
    } catch (Exception e) {
      failure.compareAndSet(null, e);
    }
  }
}
