/** Placeholder. */
package dev.meshlens.sample;
