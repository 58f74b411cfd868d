package dev.meshlens.indexer.schedule;

import dev.meshlens.catalog.Batch;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.model.DomainInfo;
import dev.meshlens.indexer.crawl.CrawlOutput;
import dev.meshlens.indexer.crawl.SourceReader;
import dev.meshlens.indexer.crawl.SourceSpec;
import dev.meshlens.indexer.crawl.SourceUnreadableException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A source reader (type {@code gate}) whose reads wait at a gate the test opens, and which counts
 * how many reads were inside at once. Each read states one domain named after the source.
 */
final class GateReader implements SourceReader {
  private final AtomicInteger inside = new AtomicInteger();
  private final AtomicInteger mostInside = new AtomicInteger();
  private final List<String> entered = new CopyOnWriteArrayList<>();
  private volatile CountDownLatch gate = new CountDownLatch(0);

  @Override
  public String type() {
    return "gate";
  }

  /** Reads from now on wait until {@link #open()}. */
  void hold() {
    gate = new CountDownLatch(1);
  }

  void open() {
    gate.countDown();
  }

  /** Waits until {@code n} reads have started in all. */
  void awaitEntered(int n) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (entered.size() < n) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Only " + entered + " entered, expected " + n);
      }
      Thread.sleep(5);
    }
  }

  List<String> entered() {
    return List.copyOf(entered);
  }

  int mostInside() {
    return mostInside.get();
  }

  @Override
  public CrawlOutput read(SourceSpec spec) {
    mostInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
    entered.add(spec.name());
    try {
      if (!gate.await(30, TimeUnit.SECONDS)) {
        throw new SourceUnreadableException("The gate stayed shut");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SourceUnreadableException("Interrupted at the gate", e);
    } finally {
      inside.decrementAndGet();
    }
    Batch.Builder batch = Batch.builder(spec.batchSource());
    batch.upsert(Urn.domain(spec.name()), new DomainInfo(spec.name(), "Behind the gate"));
    return new CrawlOutput(List.of(batch.build()), List.of());
  }
}
