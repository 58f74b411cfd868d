package dev.meshlens.catalog.health;

/** A health policy that breaks a rule; the message names the key and the value. */
public final class InvalidHealthPolicyException extends IllegalArgumentException {
  public InvalidHealthPolicyException(String message) {
    super(message);
  }
}
