package dev.meshlens.catalog;

/** Told after each commit that wrote change-log entries, with the last sequence number written. */
@FunctionalInterface
public interface ChangeListener {
  void changed(long lastSequence);
}
