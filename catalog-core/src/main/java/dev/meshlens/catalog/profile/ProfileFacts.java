package dev.meshlens.catalog.profile;

import dev.meshlens.catalog.AspectVersion;
import dev.meshlens.catalog.AssetSummary;
import dev.meshlens.catalog.EntityType;
import dev.meshlens.catalog.Urn;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Facts about one asset that its profile shows, read from the store's time series and read models.
 * Every read is bounded by an index range and a limit. Days are UTC days counted from the epoch
 * ({@link UsageDay#dayOf}).
 */
public interface ProfileFacts {

  /**
   * A dataset's usage per day and principal in {@code [fromDay, toDay]}, newest day first, at most
   * {@code limit} rows.
   */
  List<UsageDay> usage(Urn dataset, long fromDay, long toDay, int limit);

  /** Usage events per dataset in {@code [fromDay, toDay]} for each of {@code datasets} used. */
  Map<Urn, Long> usageOf(Collection<Urn> datasets, long fromDay, long toDay);

  /**
   * The other datasets the {@code principals} used since {@code fromDay} (each principal's latest
   * {@code rowsPerPrincipal} principal-days), by how many of those principals used them, most
   * first, then by events; at most {@code limit}.
   */
  List<CoUsage> usedTogether(
      Urn dataset, Collection<String> principals, long fromDay, int rowsPerPrincipal, int limit);

  /**
   * The live assets of a type whose product ({@code EntityType.PRODUCT} owner) or domain is {@code
   * owner}, in the order they entered the catalog, at most {@code limit}, with the total.
   */
  Members members(Urn owner, EntityType type, int limit);

  /** How many live assets a domain holds, per asset type code. */
  Map<String, Long> countsByType(Urn domain);

  /** The latest versions of an asset's aspects, newest first, at most {@code limit}. */
  List<AspectVersion> recentHistory(Urn urn, int limit);

  /** A bounded listing and the total it was cut from. */
  record Members(long total, List<AssetSummary> items) {
    public Members {
      items = List.copyOf(items);
    }
  }
}
