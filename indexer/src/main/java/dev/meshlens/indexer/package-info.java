/** Placeholder. */
package dev.meshlens.indexer;
