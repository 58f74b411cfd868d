/**
 * The JSON form of the catalog: one explicitly built Jackson mapper for the model records, the
 * codec that stores aspects by their stable names, and the parser of batches as they arrive over
 * HTTP or in files (NDJSON, one batch a line), which reports every problem with its path.
 */
package dev.meshlens.catalog.json;
