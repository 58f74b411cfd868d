package dev.meshlens.sample.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Watches the heap during a run: the most heap in use seen at any sample (garbage not yet collected
 * included), and the collections and time the garbage collectors spent since the probe started.
 */
final class HeapProbe {
  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final long gcCountAtStart;
  private final long gcMillisAtStart;
  private long peakBytes;

  /** Collects garbage first, so a run does not inherit the previous run's. */
  HeapProbe() {
    memory.gc();
    this.gcCountAtStart = gcTotal(false);
    this.gcMillisAtStart = gcTotal(true);
    sample();
  }

  void sample() {
    peakBytes = Math.max(peakBytes, memory.getHeapMemoryUsage().getUsed());
  }

  long peakBytes() {
    return peakBytes;
  }

  long gcCount() {
    return gcTotal(false) - gcCountAtStart;
  }

  long gcMillis() {
    return gcTotal(true) - gcMillisAtStart;
  }

  /** The heap the JVM may grow to ({@code -Xmx}). */
  static long maxHeapBytes() {
    return Runtime.getRuntime().maxMemory();
  }

  private static long gcTotal(boolean millis) {
    long total = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      total += Math.max(0, millis ? gc.getCollectionTime() : gc.getCollectionCount());
    }
    return total;
  }
}
