/**
 * The hand-written blueprint of the Acme Outfitters mesh: people and teams, the business glossary
 * and one text per domain listing its products, ports, tables and pipeline jobs. Only text; the
 * {@code model} package reads it.
 */
package dev.meshlens.sample.mesh.content;
