/** Tests of the dbt crawler on a real dbt 1.12 jaffle_shop run and dbt-core's v12 fixture. */
package dev.meshlens.indexer.crawl.dbt;
