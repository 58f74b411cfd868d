package dev.meshlens.api.profile;

import dev.meshlens.catalog.Asset;
import dev.meshlens.catalog.CatalogStore;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.profile.ProfileFacts;
import dev.meshlens.indexer.search.SearchIndex;
import dev.meshlens.indexer.search.Visibility;
import dev.meshlens.lineage.LineageGraph;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * What one profile is computed from: the store, the lineage graph, the search index, the window it
 * is computed at, what the caller may see, and what times its parts (for the benchmark).
 */
record Reads(
    CatalogStore store,
    LineageGraph graph,
    SearchIndex index,
    Window window,
    Predicate<Asset> sees,
    Visibility visibility,
    SectionTimer timer) {

  ProfileFacts facts() {
    return store.profiles();
  }

  Map<Urn, Asset> assets(Collection<Urn> urns) {
    return store.findAssets(urns);
  }

  /** The first {@code wanted} of {@code ranked} the caller may see, and how many were hidden. */
  Visible visible(List<Urn> ranked, int wanted) {
    return Visible.first(ranked, wanted, store, sees);
  }
}
