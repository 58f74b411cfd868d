/**
 * The demo: on first start, the sample mesh is extracted into the data directory and crawled
 * through the same source readers and write path as any real source.
 */
package dev.meshlens.api.demo;
