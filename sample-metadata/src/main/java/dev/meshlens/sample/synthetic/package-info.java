/**
 * A generator of large synthetic meshes for tests, demos and benchmarks: {@link
 * dev.meshlens.sample.synthetic.SyntheticMeshGenerator} produces, lazily and deterministically for
 * a seed, the batches of a mesh of any size (domains, owners, products, datasets with columns,
 * lineage jobs with hubs, Zipf-skewed usage), holding only one batch in memory; {@link
 * dev.meshlens.sample.synthetic.NdjsonMeshWriter} streams them to an NDJSON file with a manifest
 * and {@link dev.meshlens.sample.synthetic.NdjsonBatchReader} reads such a file back.
 */
package dev.meshlens.sample.synthetic;
