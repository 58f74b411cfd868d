/**
 * The usage log crawler: query logs as NDJSON or CSV, each query becoming one use of every dataset
 * it read, by the user who ran it.
 */
package dev.meshlens.indexer.crawl.usage;
