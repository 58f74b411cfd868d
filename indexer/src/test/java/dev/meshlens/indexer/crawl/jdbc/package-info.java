/** Tests of the database crawler on the Chinook SQLite database and on awkward table names. */
package dev.meshlens.indexer.crawl.jdbc;
