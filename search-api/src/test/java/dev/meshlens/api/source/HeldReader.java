package dev.meshlens.api.source;

import dev.meshlens.indexer.crawl.CrawlOutput;
import dev.meshlens.indexer.crawl.CrawlWarning;
import dev.meshlens.indexer.crawl.SourceReader;
import dev.meshlens.indexer.crawl.SourceSpec;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A source reader (type {@code held}) that states nothing and warns once, and whose reads the test
 * can hold until it lets them go.
 */
final class HeldReader implements SourceReader {
  private volatile CountDownLatch release = new CountDownLatch(0);
  private volatile CountDownLatch entered = new CountDownLatch(1);

  @Override
  public String type() {
    return "held";
  }

  void hold() {
    entered = new CountDownLatch(1);
    release = new CountDownLatch(1);
  }

  void awaitEntered() throws InterruptedException {
    if (!entered.await(20, TimeUnit.SECONDS)) {
      throw new AssertionError("No read started");
    }
  }

  void letGo() {
    release.countDown();
  }

  @Override
  public CrawlOutput read(SourceSpec spec) {
    entered.countDown();
    try {
      release.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return new CrawlOutput(
        List.of(), List.of(new CrawlWarning("held.yaml", "/items/0", "held for a test")));
  }
}
