package dev.meshlens.indexer.crawl.jdbc;

import dev.meshlens.catalog.model.Schema;
import java.sql.SQLException;

/** Reads the schema of one table or view: columns in order, primary key, foreign keys. */
interface SchemaReader extends AutoCloseable {

  Schema schema(TableRef table) throws SQLException;

  @Override
  void close() throws SQLException;
}
