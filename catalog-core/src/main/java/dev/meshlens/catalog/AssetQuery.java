package dev.meshlens.catalog;

/**
 * A listing request: optional type and domain filters, a 1-based page and a page size, and whether
 * deleted assets are included.
 */
public record AssetQuery(EntityType type, Urn domain, int page, int size, boolean includeDeleted) {
  public static final int MAX_SIZE = 1000;

  public AssetQuery {
    if (page < 1) {
      throw new IllegalArgumentException("page must be >= 1, got " + page);
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException("size must be in [1, " + MAX_SIZE + "], got " + size);
    }
    if (domain != null && domain.type() != EntityType.DOMAIN) {
      throw new IllegalArgumentException("domain must be a domain URN, got " + domain);
    }
  }

  public static AssetQuery all(int page, int size) {
    return new AssetQuery(null, null, page, size, false);
  }

  public long offset() {
    return (long) (page - 1) * size;
  }
}
