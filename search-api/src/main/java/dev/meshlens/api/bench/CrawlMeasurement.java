package dev.meshlens.api.bench;

import dev.meshlens.catalog.CrawlRun;

/**
 * What one crawl benchmark run measured, in wall-clock nanoseconds.
 *
 * @param first the first crawl into an empty store, read and apply ({@code CrawlRunner})
 * @param again the crawl of the same, unchanged source into the same store
 * @param read reading the source alone, into batches in memory
 * @param bulkIngest applying those batches to another empty store: the store's bulk ingest
 * @param noChangeApply applying them again to the store of the first crawl: nothing to write
 * @param validate checking those batches as the store does before writing
 * @param jsonAndHash turning every aspect of them to JSON and hashing it, as the store does
 */
record CrawlMeasurement(
    Timed<CrawlRun> first,
    Timed<CrawlRun> again,
    long read,
    long bulkIngest,
    long noChangeApply,
    long validate,
    long jsonAndHash) {}
