/**
 * The sample mesh as values: records for domains, products, ports, datasets, columns, jobs, owners
 * and glossary terms, and the blueprint reader that builds them from the line-based texts of the
 * {@code content} package, inferring column types, descriptions, classification, PII tags and
 * glossary links from column names.
 */
package dev.meshlens.sample.mesh.model;
