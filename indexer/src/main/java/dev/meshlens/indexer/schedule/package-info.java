/**
 * The crawl scheduler: runs each source of a sources file on its cron schedule, never two runs of
 * one source at once and a bounded number in parallel, runs a source now on request, picks up
 * changes to the sources file without a restart (keeping the last good configuration when the file
 * turns invalid), and at start marks the runs a stopped process left RUNNING as ABANDONED. Each run
 * goes through {@link dev.meshlens.indexer.crawl.CrawlRunner}, which records it in the store's
 * history.
 */
package dev.meshlens.indexer.schedule;
