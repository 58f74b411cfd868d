package dev.meshlens.indexer.crawl.jdbc;

import dev.meshlens.catalog.Urn;
import dev.meshlens.indexer.crawl.DatasetNames;
import dev.meshlens.indexer.crawl.SourceSpec;

/**
 * Maps what a database calls a table to its OpenLineage name: the namespace comes from the {@code
 * namespace} option or the JDBC URL, the name is {@code [database.][schema.]table} with the
 * database from the {@code database} option or the URL, and the schema from the {@code schema}
 * option or the database (SQLite has none: set the options to place its tables).
 */
record JdbcNaming(String namespace, String database, String schema) {

  static JdbcNaming of(SourceSpec spec) {
    String namespace =
        spec.findOption("namespace").orElseGet(() -> DatasetNames.jdbcNamespace(spec.location()));
    String database =
        spec.findOption("database")
            .orElseGet(() -> DatasetNames.jdbcDatabase(spec.location()).orElse(null));
    return new JdbcNaming(namespace, database, spec.findOption("schema").orElse(null));
  }

  Urn dataset(String tableSchema, String table) {
    String schemaPart = schema != null ? schema : isSqliteMain(tableSchema) ? null : tableSchema;
    return Urn.dataset(namespace, DatasetNames.join(database, schemaPart, table));
  }

  String platform() {
    return DatasetNames.platform(namespace);
  }

  private static boolean isSqliteMain(String tableSchema) {
    return tableSchema == null || tableSchema.isBlank();
  }
}
