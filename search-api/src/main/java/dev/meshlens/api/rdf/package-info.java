/**
 * The lineage graph as RDF over HTTP: the SPARQL 1.1 Protocol endpoint {@code /sparql} (queries
 * only, with content negotiation, a timeout and a result cap) and the DCAT-AP 3 export of the
 * catalog ({@code GET /api/v1/export/dcat}).
 */
package dev.meshlens.api.rdf;
