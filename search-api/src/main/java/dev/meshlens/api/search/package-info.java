/**
 * Search over HTTP: {@code GET /api/v1/search} turns query parameters into a search of the Lucene
 * index that follows the catalog, and answers a page of hits with the facet counts of all matches.
 */
package dev.meshlens.api.search;
