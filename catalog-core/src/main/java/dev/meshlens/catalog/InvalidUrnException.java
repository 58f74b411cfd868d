package dev.meshlens.catalog;

/** A string that is not a well-formed Meshlens URN; the message says which rule it breaks. */
public final class InvalidUrnException extends IllegalArgumentException {
  public InvalidUrnException(String urn, String reason) {
    super("Invalid URN '" + urn + "': " + reason);
  }
}
