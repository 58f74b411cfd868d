package dev.meshlens.lineage;

import dev.meshlens.catalog.Asset;
import dev.meshlens.catalog.CatalogStore;
import dev.meshlens.catalog.EntityType;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.access.Viewer;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which assets of a lineage answer someone may not see: a restricted dataset (and its columns) the
 * viewer has no grant for. Such nodes are shown redacted (no URN, no name) so the shape of the
 * lineage stays true without saying what the restricted asset is.
 */
public final class Redaction {
  private static final Redaction NONE = new Redaction(Set.of());

  private final Set<Urn> hidden;

  private Redaction(Set<Urn> hidden) {
    this.hidden = hidden;
  }

  /** Nothing hidden. */
  public static Redaction none() {
    return NONE;
  }

  /**
   * What {@code viewer} may not see among {@code urns}, read from the store in one snapshot
   * (columns stand for their datasets; only datasets are looked up, as only they are ever
   * restricted; assets the store does not hold are not hidden).
   */
  public static Redaction of(CatalogStore store, Viewer viewer, Collection<Urn> urns) {
    if (viewer.unrestricted()) {
      return NONE;
    }
    Set<Urn> datasets = new LinkedHashSet<>();
    for (Urn urn : urns) {
      Urn owner = owner(urn);
      if (owner.type() == EntityType.DATASET) { // only datasets are ever restricted
        datasets.add(owner);
      }
    }
    if (datasets.isEmpty()) {
      return NONE;
    }
    Map<Urn, Asset> assets = store.findAssets(datasets);
    Set<Urn> hidden = new LinkedHashSet<>();
    assets.forEach((urn, asset) -> {
      if (!viewer.sees(asset)) {
        hidden.add(urn);
      }
    });
    return hidden.isEmpty() ? NONE : new Redaction(Set.copyOf(hidden));
  }

  /** Whether the asset (or, for a column, its dataset) is hidden. */
  public boolean hides(Urn urn) {
    return !hidden.isEmpty() && hidden.contains(owner(urn));
  }

  private static Urn owner(Urn urn) {
    return urn.type() == EntityType.FIELD ? urn.dataset() : urn;
  }
}
