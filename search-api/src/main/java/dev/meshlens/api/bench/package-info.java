/**
 * Benchmarks that need the crawlers, the store, the search index, the lineage graph or the server
 * together: {@link dev.meshlens.api.bench.CrawlBenchmark} crawls a generated SQLite database of
 * many tables with the JDBC reader into the catalog store, next to the store's bulk ingest of the
 * same batches, then crawls it again unchanged; {@link dev.meshlens.api.bench.SearchBenchmark}
 * builds the search index of a generated mesh and offers searches at a fixed rate over HTTP next to
 * the raw Lucene searcher; {@link dev.meshlens.api.bench.GraphBenchmark} builds the lineage graph
 * of a generated mesh of a million edges next to raw Jena, and walks it at depth 10 next to a
 * SPARQL property path and an in-memory BFS from the same starts. Each prints a table against its
 * targets. {@link dev.meshlens.api.bench.Load} and {@link
 * dev.meshlens.api.bench.PlainHttpConnection} are the load generator they share.
 */
package dev.meshlens.api.bench;
