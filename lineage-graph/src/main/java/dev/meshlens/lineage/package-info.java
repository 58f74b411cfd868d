/** Placeholder. */
package dev.meshlens.lineage;
