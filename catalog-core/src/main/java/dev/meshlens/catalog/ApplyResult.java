package dev.meshlens.catalog;

/**
 * What applying a batch did: aspect versions written, aspects found unchanged, aspects withdrawn,
 * assets newly deleted, facts added, and the range of change-log sequence numbers written ({@code
 * firstSequence > lastSequence} when nothing changed).
 */
public record ApplyResult(
    int written,
    int unchanged,
    int withdrawn,
    int assetsDeleted,
    int factsAdded,
    long firstSequence,
    long lastSequence) {

  public boolean changed() {
    return lastSequence >= firstSequence;
  }
}
