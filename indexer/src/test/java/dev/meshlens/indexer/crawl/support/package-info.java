/** Tests of the shared crawl helpers, and lookups into crawl output used by every reader test. */
package dev.meshlens.indexer.crawl.support;
