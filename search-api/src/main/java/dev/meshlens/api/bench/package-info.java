/**
 * Benchmarks that need the crawlers and the store together: {@link
 * dev.meshlens.api.bench.CrawlBenchmark} crawls a generated SQLite database of many tables with the
 * JDBC reader into the catalog store, next to the store's bulk ingest of the same batches, then
 * crawls it again unchanged, and prints a table against the targets.
 */
package dev.meshlens.api.bench;
