/**
 * The catalog core: identity ({@link dev.meshlens.catalog.Urn}), the write path ({@link
 * dev.meshlens.catalog.Batch} applied to a {@link dev.meshlens.catalog.CatalogStore}) and the read
 * side every projection follows (assets, aspect history and the ordered change log). This package
 * knows no HTTP, Lucene or Jena; the model records live in {@code model}, the SQLite store in
 * {@code sqlite}, the JSON form of aspects and batches in {@code json}.
 */
package dev.meshlens.catalog;
