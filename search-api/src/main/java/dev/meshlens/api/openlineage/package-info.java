/**
 * The OpenLineage push, {@code POST /api/v1/lineage} as Marquez serves it: {@link
 * dev.meshlens.api.openlineage.LineagePush} checks each event against the OpenLineage schemas, maps
 * it the way the OpenLineage file crawler does, merges it with what earlier pushed events said and
 * commits it, grouping events that arrive together into one transaction; {@link
 * dev.meshlens.api.openlineage.LineageBenchmark} measures it over HTTP.
 */
package dev.meshlens.api.openlineage;
