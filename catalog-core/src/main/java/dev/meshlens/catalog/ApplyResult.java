package dev.meshlens.catalog;

/**
 * What applying a batch did: aspect versions written, aspects found unchanged, aspects withdrawn,
 * assets newly deleted, facts added, the range of change-log sequence numbers written ({@code
 * firstSequence > lastSequence} when nothing changed), and the per-asset counts of its source.
 */
public record ApplyResult(
    int written,
    int unchanged,
    int withdrawn,
    int assetsDeleted,
    int factsAdded,
    long firstSequence,
    long lastSequence,
    AssetCounts assets) {

  public boolean changed() {
    return lastSequence >= firstSequence;
  }
}
