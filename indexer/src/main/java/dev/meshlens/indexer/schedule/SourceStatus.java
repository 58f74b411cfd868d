package dev.meshlens.indexer.schedule;

import dev.meshlens.catalog.CrawlRun;
import dev.meshlens.indexer.crawl.SourceDefinition;
import java.time.Instant;

/**
 * A scheduled source as it stands: its definition, when the schedule runs it next (null when it
 * runs only on request), whether a run of it is running now or waiting for a free slot, and its
 * latest run in the store's history (null when it never ran).
 */
public record SourceStatus(
    SourceDefinition definition,
    Instant nextRunAt,
    boolean running,
    boolean queued,
    CrawlRun lastRun) {}
