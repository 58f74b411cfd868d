package dev.meshlens.api.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.Supplier;

/**
 * A result with the wall-clock time it took and the CPU time of the thread that did it (the crawl
 * runs on one thread, SQLite's native work included), which a busy shared machine disturbs less.
 */
record Timed<T>(T value, long nanos, long cpuNanos) {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  static <T> Timed<T> time(Supplier<T> work) {
    long cpu = THREADS.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    T value = work.get();
    long nanos = System.nanoTime() - start;
    return new Timed<>(value, nanos, THREADS.getCurrentThreadCpuTime() - cpu);
  }

  /** The wall-clock time of {@code work}. */
  static long time(Runnable work) {
    long start = System.nanoTime();
    work.run();
    return System.nanoTime() - start;
  }
}
