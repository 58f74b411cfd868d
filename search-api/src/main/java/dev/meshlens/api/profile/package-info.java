/**
 * Asset profiles over HTTP: everything about one asset in one answer (identity, ownership, schema,
 * contract, lineage, usage, quality, freshness, runs, health, history, related assets) for
 * datasets, and profiles of their own for products, domains, jobs, columns and glossary terms. A
 * section that is not known is present and says why. Time windows end at the catalog's "now": the
 * latest usage event when it is before the clock, so a catalog fixed in time shows numbers.
 */
package dev.meshlens.api.profile;
