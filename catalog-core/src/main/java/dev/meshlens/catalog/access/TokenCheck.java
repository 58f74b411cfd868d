package dev.meshlens.catalog.access;

/** What a presented token secret turned out to be. */
public sealed interface TokenCheck {
  /** A live token. */
  record Valid(Token token) implements TokenCheck {}

  /** A token past its expiry. */
  record Expired(Token token) implements TokenCheck {}

  /** A token an admin revoked. */
  record Revoked(Token token) implements TokenCheck {}

  /** No token has this secret. */
  record Unknown() implements TokenCheck {}
}
