package dev.meshlens.catalog.sqlite;

import dev.meshlens.catalog.StoreException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A fixed set of read connections. In WAL mode each reads a consistent snapshot while the writer
 * writes, so readers never wait for a writer; they only wait for each other past the pool size.
 */
final class ReaderPool implements AutoCloseable {
  private final BlockingQueue<Connection> idle;
  private final List<Connection> all = new ArrayList<>();

  /** What a reader does with a connection inside one read transaction. */
  interface Read<T> {
    T apply(Connection connection) throws SQLException;
  }

  interface ConnectionFactory {
    Connection open() throws SQLException;
  }

  ReaderPool(int size, ConnectionFactory factory) throws SQLException {
    idle = new ArrayBlockingQueue<>(size);
    for (int i = 0; i < size; i++) {
      Connection connection = factory.open();
      connection.setAutoCommit(false);
      all.add(connection);
      idle.add(connection);
    }
  }

  /** Runs {@code read} in one read transaction, so its queries see one snapshot. */
  <T> T read(Read<T> read) {
    Connection connection = borrow();
    try {
      T result = read.apply(connection);
      connection.commit();
      return result;
    } catch (SQLException e) {
      rollbackQuietly(connection);
      throw new StoreException("Catalog read failed: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      rollbackQuietly(connection);
      throw e;
    } finally {
      idle.add(connection);
    }
  }

  private Connection borrow() {
    try {
      Connection connection = idle.poll(30, TimeUnit.SECONDS);
      if (connection == null) {
        throw new StoreException("No catalog reader free within 30 s", null);
      }
      return connection;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("Interrupted while waiting for a catalog reader", e);
    }
  }

  private static void rollbackQuietly(Connection connection) {
    try {
      connection.rollback();
    } catch (SQLException ignored) {
      // the connection is returned anyway; the next read starts a fresh transaction
    }
  }

  @Override
  public void close() {
    for (Connection connection : all) {
      try {
        connection.close();
      } catch (SQLException ignored) {
        // closing at shutdown: nothing left to do with a failure
      }
    }
  }
}
