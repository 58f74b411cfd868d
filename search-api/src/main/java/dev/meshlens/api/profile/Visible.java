package dev.meshlens.api.profile;

import dev.meshlens.catalog.Asset;
import dev.meshlens.catalog.CatalogStore;
import dev.meshlens.catalog.Urn;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The first few of a ranked list of neighbours that the caller may see: neighbours are read in
 * chunks of one more than wanted, in rank order, until enough are visible; those passed over
 * because the caller may not see them are counted as hidden.
 */
record Visible(List<Asset> shown, int hidden) {
  static Visible first(List<Urn> ranked, int wanted, CatalogStore store, Predicate<Asset> sees) {
    List<Asset> shown = new ArrayList<>(wanted);
    int hidden = 0;
    int size = wanted + 1;
    for (int start = 0; start < ranked.size() && shown.size() < wanted; start += size) {
      List<Urn> chunk = ranked.subList(start, Math.min(ranked.size(), start + size));
      Map<Urn, Asset> assets = store.findAssets(chunk);
      for (Urn urn : chunk) {
        Asset asset = assets.get(urn);
        if (shown.size() >= wanted) {
          break;
        }
        if (asset == null || asset.deleted()) {
          continue;
        }
        if (sees.test(asset)) {
          shown.add(asset);
        } else {
          hidden++;
        }
      }
    }
    return new Visible(shown, hidden);
  }
}
