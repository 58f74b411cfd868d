/**
 * The RDF side of the lineage graph: the IRI scheme ({@link dev.meshlens.lineage.rdf.Iris}), the
 * vocabulary terms ({@link dev.meshlens.lineage.rdf.Vocab}), the description of each asset as the
 * triples of its named graph ({@link dev.meshlens.lineage.rdf.AssetRdf}) and the TDB2 store of
 * those graphs ({@link dev.meshlens.lineage.rdf.GraphStore}).
 */
package dev.meshlens.lineage.rdf;
