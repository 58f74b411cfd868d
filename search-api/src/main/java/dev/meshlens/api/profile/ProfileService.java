package dev.meshlens.api.profile;

import dev.meshlens.api.auth.Caller;
import dev.meshlens.catalog.Asset;
import dev.meshlens.catalog.AssetNotFoundException;
import dev.meshlens.catalog.CatalogStore;
import dev.meshlens.catalog.EntityType;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.model.Field;
import dev.meshlens.catalog.model.Schema;
import dev.meshlens.indexer.search.SearchIndex;
import dev.meshlens.indexer.search.Visibility;
import dev.meshlens.lineage.LineageGraph;
import java.time.Clock;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The profile of any asset: a dataset's 360-degree profile, a product's, a domain's, a job's, a
 * column's, a glossary term's, or the basics of the other types. An asset the caller may not see is
 * answered exactly as one the catalog does not hold ({@link AssetNotFoundException}).
 */
public final class ProfileService {
  private final CatalogStore store;
  private final LineageGraph graph;
  private final SearchIndex index;
  private final ReferenceTime time;

  public ProfileService(CatalogStore store, LineageGraph graph, SearchIndex index) {
    this(store, graph, index, Clock.systemUTC());
  }

  public ProfileService(CatalogStore store, LineageGraph graph, SearchIndex index, Clock clock) {
    this.store = store;
    this.graph = graph;
    this.index = index;
    this.time = new ReferenceTime(store, clock);
  }

  /** The profile of {@code urn} as {@code caller} may see it. */
  public Object profile(Urn urn, Caller caller) {
    return profile(urn, caller::sees, caller.visibility(), SectionTimer.NONE);
  }

  /**
   * The time each part of a dataset's profile takes, in nanoseconds, for a caller who sees
   * everything (the benchmark's "which section costs what"); parts in the order first computed.
   */
  public Map<String, Long> sectionCosts(Urn dataset) {
    SectionTimer timer = SectionTimer.recording();
    long start = System.nanoTime();
    profile(dataset, asset -> true, Visibility.all(), timer);
    Map<String, Long> costs = timer.ordered();
    costs.put("total", System.nanoTime() - start);
    return costs;
  }

  private Object profile(
      Urn urn, Predicate<Asset> sees, Visibility visibility, SectionTimer timer) {
    Window window = timer.time("window", time::window);
    Reads reads = new Reads(store, graph, index, window, sees, visibility, timer);
    if (urn.type() == EntityType.FIELD) {
      return column(reads, urn);
    }
    Asset asset =
        timer
            .time("asset", () -> store.findAsset(urn))
            .filter(sees)
            .orElseThrow(() -> new AssetNotFoundException(urn));
    return switch (asset.type()) {
      case DATASET -> DatasetProfiles.of(reads, asset);
      case PRODUCT -> OtherProfiles.product(reads, asset);
      case DOMAIN -> OtherProfiles.domain(reads, asset);
      case JOB -> OtherProfiles.job(reads, asset);
      case TERM -> OtherProfiles.term(reads, asset);
      default -> OtherProfiles.generic(reads, asset);
    };
  }

  private static ColumnProfile column(Reads reads, Urn column) {
    Asset dataset =
        reads
            .store()
            .findAsset(column.dataset())
            .filter(reads.sees())
            .orElseThrow(() -> new AssetNotFoundException(column));
    Field field =
        dataset.aspect(Schema.class).stream()
            .flatMap(s -> s.fields().stream())
            .filter(f -> f.name().equals(column.localName()))
            .findFirst()
            .orElseThrow(() -> new AssetNotFoundException(column));
    return ColumnProfile.of(reads, dataset, field);
  }
}
