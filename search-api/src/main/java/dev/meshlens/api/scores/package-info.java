/**
 * Health scores over HTTP: the product and domain health pages (score, components with their facts,
 * history, drivers, parts), the product and domain leaderboards, recomputing on demand, and the job
 * that recomputes scores after crawls that changed the catalog, daily, and at startup when no
 * snapshot exists.
 */
package dev.meshlens.api.scores;
