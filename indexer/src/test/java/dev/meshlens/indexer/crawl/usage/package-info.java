/** Tests of the usage log crawler on NDJSON and CSV query logs. */
package dev.meshlens.indexer.crawl.usage;
