/**
 * The Lucene search index: analyzed views of names and descriptions ({@link
 * dev.meshlens.indexer.search.MeshlensAnalyzers}), the mapping of a catalog asset to a document
 * ({@link dev.meshlens.indexer.search.AssetDocuments}) and the projection that follows the store's
 * change log ({@link dev.meshlens.indexer.search.SearchIndex}).
 */
package dev.meshlens.indexer.search;
