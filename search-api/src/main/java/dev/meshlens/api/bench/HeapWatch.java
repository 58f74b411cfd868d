package dev.meshlens.api.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Samples the heap in use every 50 ms on a daemon thread while it is open, garbage not yet
 * collected included: the peak is an upper bound of what the work needed at once. The benchmark
 * checks the heap target by running with {@code -Xmx}; this says how close it came.
 */
final class HeapWatch implements AutoCloseable {
  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final AtomicLong peak = new AtomicLong();
  private final Thread sampler;
  private volatile boolean open = true;

  private HeapWatch() {
    sampler =
        Thread.ofPlatform()
            .name("meshlens-bench-heap")
            .daemon()
            .start(() -> {
              while (open) {
                sample();
                try {
                  Thread.sleep(50);
                } catch (InterruptedException e) {
                  return;
                }
              }
            });
  }

  /** Starts sampling after a full collection, so the peak is not the previous work's garbage. */
  static HeapWatch start() {
    ManagementFactory.getMemoryMXBean().gc();
    return new HeapWatch();
  }

  private void sample() {
    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
  }

  long peakBytes() {
    sample();
    return peak.get();
  }

  /** The heap the JVM may grow to ({@code -Xmx}). */
  static long maxBytes() {
    return Runtime.getRuntime().maxMemory();
  }

  @Override
  public void close() {
    open = false;
    sampler.interrupt();
  }
}
