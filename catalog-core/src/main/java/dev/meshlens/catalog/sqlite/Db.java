package dev.meshlens.catalog.sqlite;

/**
 * The store's connections as the parts of the store beyond the change log see them (health
 * snapshots, tokens and audit, profile read models): reads on the reader pool, small writes in
 * their own transaction on the single writer.
 */
interface Db {
  <T> T read(ReaderPool.Read<T> work);

  <T> T write(ReaderPool.Read<T> work);
}
