/** Tests of the crawler framework and naming rules, and the helper that finds the test material. */
package dev.meshlens.indexer.crawl;
