/** Placeholder. */
package dev.meshlens.api;
