/**
 * What every reader shares: collecting aspects and facts into batches ({@link
 * dev.meshlens.indexer.crawl.support.BatchAssembler}), collecting warnings, walking file trees,
 * reading JSON and YAML leniently and checking documents against JSON Schemas.
 */
package dev.meshlens.indexer.crawl.support;
