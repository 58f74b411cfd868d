package dev.meshlens.catalog.sqlite;

import dev.meshlens.catalog.profile.ProfileFacts;

/** The SQLite implementation of {@link ProfileFacts}. */
final class SqliteProfileFacts implements ProfileFacts {
  private final Db db;

  SqliteProfileFacts(Db db) {
    this.db = db;
  }
}
