/**
 * A large lineage graph to benchmark lineage walks on: {@link
 * dev.meshlens.sample.bench.graph.LineageMesh} generates layers of datasets joined by jobs (each
 * reading one to three datasets of the layers below and writing one or two of its own), hub
 * datasets read by thousands of jobs and hub jobs of a hundred inputs and outputs, as {@link
 * dev.meshlens.catalog.Batch}es with {@code JobLineage} aspects, together with the
 * dataset-to-dataset edges they state; the same graph for the same {@link
 * dev.meshlens.sample.bench.graph.LineageMeshConfig}.
 */
package dev.meshlens.sample.bench.graph;
