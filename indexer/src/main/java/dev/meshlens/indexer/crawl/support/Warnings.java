package dev.meshlens.indexer.crawl.support;

import dev.meshlens.indexer.crawl.CrawlWarning;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Collects the warnings of one crawl, in the order found, and logs each at debug level. */
public final class Warnings {
  private static final Logger LOG = LoggerFactory.getLogger(Warnings.class);
  private final List<CrawlWarning> list = new ArrayList<>();

  public void add(String file, String path, String reason) {
    CrawlWarning warning = new CrawlWarning(file, path, reason);
    LOG.debug("crawl warning: {}", warning);
    list.add(warning);
  }

  public List<CrawlWarning> list() {
    return List.copyOf(list);
  }

  public int size() {
    return list.size();
  }
}
