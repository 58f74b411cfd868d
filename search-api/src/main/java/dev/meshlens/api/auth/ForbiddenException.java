package dev.meshlens.api.auth;

/** A caller with a valid token (or none) asked for what their role does not allow. 403. */
public final class ForbiddenException extends RuntimeException {
  public ForbiddenException(String message) {
    super(message);
  }
}
