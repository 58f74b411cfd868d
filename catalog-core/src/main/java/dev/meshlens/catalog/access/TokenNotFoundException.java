package dev.meshlens.catalog.access;

/** No token has the id asked for. */
public final class TokenNotFoundException extends RuntimeException {
  public TokenNotFoundException(long id) {
    super("No token with id " + id);
  }
}
