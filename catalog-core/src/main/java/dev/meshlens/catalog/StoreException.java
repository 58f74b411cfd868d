package dev.meshlens.catalog;

/** The database failed underneath the store (I/O, corruption, lock timeout). */
public final class StoreException extends RuntimeException {
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
