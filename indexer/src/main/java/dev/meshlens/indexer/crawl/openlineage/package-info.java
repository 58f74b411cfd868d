/**
 * OpenLineage (2-0-2): {@link dev.meshlens.indexer.crawl.openlineage.OpenLineageValidator} checks
 * events against the core and facet JSON Schemas shipped with Meshlens; {@link
 * dev.meshlens.indexer.crawl.openlineage.OpenLineageReplay} maps events (RunEvent, DatasetEvent,
 * JobEvent) to batch content, remembering per run what it already said so that a run's lineage is
 * accumulated and its reads counted once; {@link
 * dev.meshlens.indexer.crawl.openlineage.OpenLineageFileReader} replays NDJSON files or folders of
 * events in file order.
 */
package dev.meshlens.indexer.crawl.openlineage;
