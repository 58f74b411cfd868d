/** Tests of the OpenLineage mapping on real events, the food-delivery seed and invalid events. */
package dev.meshlens.indexer.crawl.openlineage;
