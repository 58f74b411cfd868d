/** Placeholder. */
package dev.meshlens.catalog;
