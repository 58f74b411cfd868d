package dev.meshlens.catalog.sqlite;

import dev.meshlens.catalog.access.AccessStore;

/** The SQLite implementation of {@link AccessStore}. */
final class SqliteAccessStore implements AccessStore {
  private final Db db;

  SqliteAccessStore(Db db) {
    this.db = db;
  }
}
