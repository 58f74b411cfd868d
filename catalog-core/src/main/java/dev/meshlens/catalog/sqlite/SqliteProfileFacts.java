package dev.meshlens.catalog.sqlite;

import dev.meshlens.catalog.AspectVersion;
import dev.meshlens.catalog.EntityType;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.json.AspectCodec;
import dev.meshlens.catalog.profile.CoUsage;
import dev.meshlens.catalog.profile.ProfileFacts;
import dev.meshlens.catalog.profile.UsageDay;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The SQLite implementation of {@link ProfileFacts}: usage from the {@code usage_daily} read model
 * (one row per dataset, day and principal), members and counts through the {@code assets} indexes
 * of {@code V7__profile.sql}, history through the change log's per-asset index.
 */
final class SqliteProfileFacts implements ProfileFacts {
  private final Db db;
  private final ProfileUsageQueries usage = new ProfileUsageQueries();
  private final ProfileAssetQueries assets;

  SqliteProfileFacts(Db db) {
    this.db = db;
    this.assets = new ProfileAssetQueries(new AspectCodec());
  }

  @Override
  public List<UsageDay> usage(Urn dataset, long fromDay, long toDay, int limit) {
    return db.read(c -> usage.days(c, dataset, fromDay, toDay, limit));
  }

  @Override
  public Map<Urn, Long> usageOf(Collection<Urn> datasets, long fromDay, long toDay) {
    return datasets.isEmpty() ? Map.of() : db.read(c -> usage.totals(c, datasets, fromDay, toDay));
  }

  @Override
  public List<CoUsage> usedTogether(
      Urn dataset, Collection<String> principals, long fromDay, int rowsPerPrincipal, int limit) {
    return principals.isEmpty()
        ? List.of()
        : db.read(c -> usage.together(c, dataset, principals, fromDay, rowsPerPrincipal, limit));
  }

  @Override
  public Members members(Urn owner, EntityType type, int limit) {
    return db.read(c -> assets.members(c, owner, type, limit));
  }

  @Override
  public Map<String, Long> countsByType(Urn domain) {
    return db.read(c -> assets.countsByType(c, domain));
  }

  @Override
  public List<AspectVersion> recentHistory(Urn urn, int limit) {
    return db.read(c -> assets.recentHistory(c, urn, limit));
  }
}
