package dev.meshlens.catalog;

/** No asset with this URN is in the catalog. */
public final class AssetNotFoundException extends RuntimeException {
  private final transient Urn urn;

  public AssetNotFoundException(Urn urn) {
    super("No asset " + urn + " in the catalog");
    this.urn = urn;
  }

  public Urn urn() {
    return urn;
  }
}
