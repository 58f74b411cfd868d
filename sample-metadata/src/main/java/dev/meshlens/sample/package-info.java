/**
 * The sample metadata of Meshlens: {@link dev.meshlens.sample.SampleMesh} gives other modules the
 * Acme Outfitters sample mesh (a mid-size retailer's data mesh as ODPS descriptors, ODCS contracts,
 * product databases, OpenLineage events, dbt artifacts and a query log) and its anchor instant; the
 * generator that writes it lives in the {@code mesh} subpackages.
 */
package dev.meshlens.sample;
