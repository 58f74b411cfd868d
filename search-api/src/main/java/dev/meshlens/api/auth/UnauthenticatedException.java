package dev.meshlens.api.auth;

/**
 * A request that needs a token came without a usable one: none, not a bearer token, unknown,
 * expired or revoked. Answered 401 with {@code WWW-Authenticate: Bearer}.
 */
public final class UnauthenticatedException extends RuntimeException {
  /** Why the token was not accepted. */
  public enum Reason {
    MISSING,
    MALFORMED,
    UNKNOWN,
    EXPIRED,
    REVOKED
  }

  private final Reason reason;

  UnauthenticatedException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
