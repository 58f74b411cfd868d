/** Tests of the glossary and owners readers. */
package dev.meshlens.indexer.crawl.meshfiles;
