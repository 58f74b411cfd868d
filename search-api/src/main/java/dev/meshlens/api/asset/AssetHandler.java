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
import io.javalin.apibuilder.EndpointGroup;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;

/**
 * {@code GET /api/v1/assets/{urn}}: the profile of one asset of any type (the URN percent-encoded
 * as one path segment, or as is; see {@link ProfileService}); {@code GET
 * /api/v1/assets?type=&domain=&page=&size=}: a page {@code {total, items}}.
 */
public final class AssetHandler {
  private final CatalogStore store;
  private final ProfileService profiles;

  public AssetHandler(CatalogStore store, ProfileService profiles) {
    this.store = store;
    this.profiles = profiles;
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
    Page<AssetSummary> result = store.listAssets(query);
    ctx.json(
        new AssetPage(
            result.total(), page, size, result.items().stream().map(AssetPage.Item::of).toList()));
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
