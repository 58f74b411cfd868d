package dev.meshlens.catalog;

/**
 * What a write did to assets, as seen by its source: assets it states for the first time (added),
 * assets with at least one changed aspect (changed), assets it restated as they were (unchanged),
 * and assets it withdrew (removed).
 */
public record AssetCounts(int added, int changed, int unchanged, int removed) {
  public static final AssetCounts ZERO = new AssetCounts(0, 0, 0, 0);

  public AssetCounts plus(AssetCounts other) {
    return new AssetCounts(
        added + other.added,
        changed + other.changed,
        unchanged + other.unchanged,
        removed + other.removed);
  }
}
