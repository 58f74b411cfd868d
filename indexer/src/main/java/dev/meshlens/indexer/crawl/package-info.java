/**
 * The source readers of the crawlers: each {@link dev.meshlens.indexer.crawl.SourceReader} turns
 * one source's material (product descriptors and contracts, a database over JDBC, dbt artifacts,
 * OpenLineage events, usage logs, the glossary and owners files) into {@link
 * dev.meshlens.catalog.Batch}es, and reports what it could not read as {@link
 * dev.meshlens.indexer.crawl.CrawlWarning}s instead of failing on one bad item. Readers know
 * nothing of how the store writes batches. {@link dev.meshlens.indexer.crawl.DatasetNames} holds
 * the OpenLineage naming rules every reader uses, so one table found by several sources is one
 * asset. {@link dev.meshlens.indexer.crawl.CrawlRunner} runs one crawl of a source into the store:
 * it retries an unreachable source, applies the batches, and soft-deletes what vanished from the
 * source only after a fully successful run and below a fail-safe share.
 */
package dev.meshlens.indexer.crawl;
