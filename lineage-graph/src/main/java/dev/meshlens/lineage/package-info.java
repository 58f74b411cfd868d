/**
 * The lineage graph: a Jena TDB2 projection of the catalog store in PROV-O, DCAT 3, DQV and DPROD,
 * and its query API ({@link dev.meshlens.lineage.LineageGraph}): lineage walks with limits that say
 * what they left out, impact analysis, shortest paths, product-level lineage and PII inherited
 * through column lineage. The records here are what the HTTP layer answers with.
 */
package dev.meshlens.lineage;
