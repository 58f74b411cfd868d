package dev.meshlens.lineage;

/** A lineage request that breaks a rule (depth, cap, asset type); the message names both. */
public final class InvalidLineageRequestException extends IllegalArgumentException {
  public InvalidLineageRequestException(String message) {
    super(message);
  }
}
