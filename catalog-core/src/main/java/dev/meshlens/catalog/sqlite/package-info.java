/**
 * The SQLite implementation of the catalog store: versioned schema migrations run at open, WAL mode
 * so readers are never blocked by the one writer, one transaction per batch, every aspect version
 * kept in the change log.
 */
package dev.meshlens.catalog.sqlite;
