/**
 * Benchmarks of Meshlens against a plain baseline on the same data: {@link
 * dev.meshlens.sample.bench.IngestBenchmark} writes generated datasets into the SQLite catalog
 * store and, in the same run, the same rows into a hand-made relational schema with raw JDBC batch
 * inserts, and prints a table of rates, times, heap and file sizes against the targets.
 */
package dev.meshlens.sample.bench;
