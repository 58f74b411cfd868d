/**
 * Benchmarks that need the crawlers, the store, the search index or the server together: {@link
 * dev.meshlens.api.bench.CrawlBenchmark} crawls a generated SQLite database of many tables with the
 * JDBC reader into the catalog store, next to the store's bulk ingest of the same batches, then
 * crawls it again unchanged; {@link dev.meshlens.api.bench.SearchBenchmark} builds the search index
 * of a generated mesh and offers searches at a fixed rate over HTTP next to the raw Lucene
 * searcher. Each prints a table against its targets. {@link dev.meshlens.api.bench.Load} and {@link
 * dev.meshlens.api.bench.PlainHttpConnection} are the load generator they share.
 */
package dev.meshlens.api.bench;
