/**
 * The database crawler: reads schemas, tables, views, columns, keys, comments and cheap row counts
 * through JDBC metadata from any JDBC URL (SQLite and PostgreSQL drivers are on the class path; on
 * SQLite through its pragmas, which cost the same for every table however many there are), and
 * names every table the OpenLineage way.
 */
package dev.meshlens.indexer.crawl.jdbc;
