/**
 * A large SQLite database to crawl in benchmarks: {@link
 * dev.meshlens.sample.bench.crawl.SqliteSourceGenerator} writes N tables of M columns with
 * realistic names and types, primary keys, foreign keys between tables, a few views joining tables
 * and a few rows in each, the same file for the same {@link
 * dev.meshlens.sample.bench.crawl.SqliteSourceConfig}.
 */
package dev.meshlens.sample.bench.crawl;
