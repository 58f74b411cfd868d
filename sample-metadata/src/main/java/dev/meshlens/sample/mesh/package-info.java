/**
 * The generator of the sample mesh: {@link dev.meshlens.sample.mesh.SampleMeshWriter} turns the
 * Acme Outfitters blueprint into files, one collaborator per format (YAML descriptors and
 * contracts, SQLite product databases, OpenLineage events, dbt artifacts, the query log), all
 * deterministic: fixed seeds, a fixed anchor instant, no wall clock.
 */
package dev.meshlens.sample.mesh;
