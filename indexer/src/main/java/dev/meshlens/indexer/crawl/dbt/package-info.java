/**
 * The dbt crawler: reads {@code manifest.json} (v11 and v12, leniently), {@code catalog.json} and
 * {@code run_results.json}: models, sources, seeds and snapshots become datasets with columns,
 * models and snapshots become jobs with their lineage, tests become quality checks with their
 * latest results.
 */
package dev.meshlens.indexer.crawl.dbt;
