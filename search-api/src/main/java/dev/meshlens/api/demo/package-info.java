/**
 * The demo: on first start, the sample mesh is extracted into the data directory and its sources
 * are crawled by the scheduler through the same source readers and write path as any real source,
 * then kept current on their schedules.
 */
package dev.meshlens.api.demo;
