/** Tests of the crawl scheduler on a real store, with a controllable clock and source reader. */
package dev.meshlens.indexer.schedule;
