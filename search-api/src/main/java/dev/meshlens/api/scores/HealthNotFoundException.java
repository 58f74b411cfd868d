package dev.meshlens.api.scores;

/** A product or domain that does not exist, or has no health score yet; answered with 404. */
public final class HealthNotFoundException extends RuntimeException {
  public HealthNotFoundException(String message) {
    super(message);
  }
}
