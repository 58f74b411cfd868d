package dev.meshlens.api.asset;

import static io.javalin.apibuilder.ApiBuilder.get;

import dev.meshlens.api.auth.Access;
import dev.meshlens.api.auth.Caller;
import dev.meshlens.api.http.Params;
import dev.meshlens.api.profile.ProfileService;
import dev.meshlens.catalog.AssetQuery;
import dev.meshlens.catalog.AssetSummary;
import dev.meshlens.catalog.CatalogStore;
import dev.meshlens.catalog.EntityType;
import dev.meshlens.catalog.Page;
import dev.meshlens.catalog.Urn;
import dev.meshlens.indexer.search.SearchHit;
import dev.meshlens.indexer.search.SearchIndex;
import dev.meshlens.indexer.search.SearchRequest;
import dev.meshlens.indexer.search.SearchResults;
import io.javalin.apibuilder.EndpointGroup;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code GET /api/v1/assets/{urn}}: the profile of one asset of any type (the URN percent-encoded
 * as one path segment, or as is; see {@link ProfileService}); {@code GET
 * /api/v1/assets?type=&domain=&page=&size=}: a page {@code {total, items}}.
 */
public final class AssetHandler {
  private final CatalogStore store;
  private final ProfileService profiles;
  private final SearchIndex index;
  private static final int INDEX_PAGE = 100;
  private static final int INDEX_WINDOW = 10_000;

  public AssetHandler(CatalogStore store, ProfileService profiles, SearchIndex index) {
    this.store = store;
    this.profiles = profiles;
    this.index = index;
  }

  public EndpointGroup routes() {
    return () -> {
      get("/api/v1/assets", this::list, Access.READ);
      get("/api/v1/assets/<urn>", this::one, Access.READ);
    };
  }

  private void one(Context ctx) {
    Urn urn = Urn.parse(ctx.pathParam("urn"));
    ctx.json(profiles.profile(urn, Caller.of(ctx)));
  }

  private void list(Context ctx) {
    String type = Params.text(ctx, "type");
    String domain = Params.text(ctx, "domain");
    int page = Params.intIn(ctx, "page", 1, 1, 1_000_000);
    int size = Params.intIn(ctx, "size", 20, 1, AssetQuery.MAX_SIZE);
    AssetQuery query =
        new AssetQuery(
            type == null ? null : EntityType.fromCode(type),
            domain == null ? null : domainUrn(domain),
            page,
            size,
            false);
    Caller caller = Caller.of(ctx);
    if (!caller.visibility().unrestricted()) {
      ctx.json(visibleOnly(query, caller));
      return;
    }
    Page<AssetSummary> result = store.listAssets(query);
    ctx.json(
        new AssetPage(
            result.total(), page, size, result.items().stream().map(AssetPage.Item::of).toList()));
  }

  /**
   * The listing for a caller who may not see everything, answered by the search index, whose
   * visibility filter sits inside the query: the total and the pages never count a hidden asset.
   * Its order is the index's for an empty search (most used first), not the store's, and it reaches
   * the first {@value #INDEX_WINDOW} assets (filters narrow it).
   */
  private AssetPage visibleOnly(AssetQuery query, Caller caller) {
    long from = (long) (query.page() - 1) * query.size();
    long to = from + query.size();
    if (to > INDEX_WINDOW) {
      throw new Params.BadParameterException(
          "page",
          "must keep page * size within the first "
              + INDEX_WINDOW
              + " assets you may see; got page "
              + query.page()
              + " of size "
              + query.size()
              + " (filter by type or domain, or search)");
    }
    Map<String, Set<String>> filters = new LinkedHashMap<>();
    if (query.type() != null) {
      filters.put("type", Set.of(query.type().code()));
    }
    if (query.domain() != null) {
      filters.put("domain", Set.of(query.domain().toString()));
    }
    List<AssetPage.Item> items = new ArrayList<>();
    long total = 0;
    for (long at = from - from % INDEX_PAGE; at < to; at += INDEX_PAGE) {
      SearchResults found =
          index.search(
              new SearchRequest(
                  "",
                  filters,
                  (int) (at / INDEX_PAGE) + 1,
                  INDEX_PAGE,
                  false,
                  caller.visibility()));
      total = found.total();
      for (int i = 0; i < found.hits().size(); i++) {
        long position = at + i;
        if (position >= from && position < to) {
          SearchHit h = found.hits().get(i);
          items.add(new AssetPage.Item(h.urn(), h.type(), h.name(), h.domain(), h.product(), null));
        }
      }
      if (found.hits().size() < INDEX_PAGE) {
        break;
      }
    }
    return new AssetPage(total, query.page(), query.size(), items);
  }

  private static Urn domainUrn(String domain) {
    return domain.startsWith(Urn.PREFIX) ? Urn.parse(domain) : Urn.domain(domain);
  }

  /** A page of the listing. */
  record AssetPage(long total, int page, int size, List<Item> items) {
    record Item(
        String urn, String type, String name, String domain, String product, Instant updatedAt) {
      static Item of(AssetSummary s) {
        return new Item(
            s.urn().toString(),
            s.type().code(),
            s.name(),
            s.domain() == null ? null : s.domain().toString(),
            s.product() == null ? null : s.product().toString(),
            s.updatedAt());
      }
    }
  }
}
