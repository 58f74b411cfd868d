package dev.meshlens.catalog.access;

/**
 * A token just created, with its secret: the only time the secret exists outside its holder's
 * hands, since the store keeps its hash only.
 */
public record IssuedToken(Token token, String secret) {
  public IssuedToken {
    if (token == null || secret == null || secret.isBlank()) {
      throw new IllegalArgumentException("an issued token needs its token and its secret");
    }
  }

  @Override
  public String toString() {
    return "IssuedToken[" + token + ", secret=(hidden)]";
  }
}
