package dev.meshlens.indexer.crawl.openlineage;

import dev.meshlens.indexer.crawl.support.BatchAssembler;
import java.time.Instant;

/** Where one event's content goes, and the event's time. */
record EventContext(BatchAssembler out, DatasetFacets facets, Instant time) {}
