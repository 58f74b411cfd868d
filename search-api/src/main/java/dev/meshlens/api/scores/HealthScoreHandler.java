package dev.meshlens.api.scores;

import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.post;

import dev.meshlens.api.auth.Access;
import dev.meshlens.api.http.Params;
import dev.meshlens.api.scores.HealthViews.Board;
import dev.meshlens.api.scores.HealthViews.Component;
import dev.meshlens.api.scores.HealthViews.Day;
import dev.meshlens.api.scores.HealthViews.DomainHealth;
import dev.meshlens.api.scores.HealthViews.Entry;
import dev.meshlens.api.scores.HealthViews.Part;
import dev.meshlens.api.scores.HealthViews.ProductHealth;
import dev.meshlens.api.scores.HealthViews.Recomputed;
import dev.meshlens.catalog.Asset;
import dev.meshlens.catalog.CatalogStore;
import dev.meshlens.catalog.EntityType;
import dev.meshlens.catalog.Page;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.health.HealthDetail;
import dev.meshlens.catalog.health.HealthScore;
import dev.meshlens.catalog.health.HealthSnapshots.Ranked;
import dev.meshlens.catalog.health.LeaderboardQuery;
import dev.meshlens.catalog.health.RecomputeSummary;
import io.javalin.apibuilder.EndpointGroup;
import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;

/**
 * The health routes: {@code GET /api/v1/products?sort=health|name&domain=&page=&size=} and {@code
 * GET /api/v1/domains?sort=&page=&size=} (leaderboards), {@code GET /api/v1/products/<urn>/health}
 * and {@code GET /api/v1/domains/<domain>/health} (a domain id or URN): score, components, {@value
 * #HISTORY} days of history, drivers and parts; {@code POST /api/v1/health/recompute} (admins)
 * recomputes every score now.
 */
public final class HealthScoreHandler {
  static final int HISTORY = 90;

  private final CatalogStore store;
  private final ScoreJob job;

  public HealthScoreHandler(CatalogStore store, ScoreJob job) {
    this.store = store;
    this.job = job;
  }

  public EndpointGroup routes() {
    return () -> {
      get("/api/v1/products", ctx -> board(ctx, EntityType.PRODUCT), Access.READ);
      get("/api/v1/domains", ctx -> board(ctx, EntityType.DOMAIN), Access.READ);
      get("/api/v1/products/<urn>/health", this::product, Access.READ);
      get("/api/v1/domains/<domain>/health", this::domain, Access.READ);
      post("/api/v1/health/recompute", this::recompute, Access.ADMIN);
    };
  }

  private void board(Context ctx, EntityType type) {
    String sort = Params.text(ctx, "sort");
    String domain = type == EntityType.PRODUCT ? Params.text(ctx, "domain") : null;
    int page = Params.intIn(ctx, "page", 1, 1, 1_000_000);
    int size = Params.intIn(ctx, "size", 20, 1, LeaderboardQuery.MAX_SIZE);
    LeaderboardQuery query =
        new LeaderboardQuery(
            type, domain == null ? null : domainUrn(domain), sort(sort), page, size);
    Page<Ranked> result = store.health().leaderboard(query);
    ctx.json(
        new Board(result.total(), page, size, result.items().stream().map(Entry::of).toList()));
  }

  private static LeaderboardQuery.Sort sort(String sort) {
    if (sort == null) {
      return LeaderboardQuery.Sort.HEALTH;
    }
    return switch (sort.toLowerCase(Locale.ROOT)) {
      case "health" -> LeaderboardQuery.Sort.HEALTH;
      case "name" -> LeaderboardQuery.Sort.NAME;
      default ->
          throw new Params.BadParameterException(
              "sort", "must be one of health, name; got '" + sort + "'");
    };
  }

  private void product(Context ctx) {
    Urn urn = Urn.parse(ctx.pathParam("urn"));
    Asset product = load(urn, EntityType.PRODUCT);
    HealthDetail detail = detail(urn, "Product");
    HealthScore s = detail.score();
    ctx.json(
        new ProductHealth(
            urn.toString(),
            product.displayName(),
            s.score(),
            s.grade(),
            s.cap(),
            components(s),
            history(urn),
            detail.drivers(),
            detail.parts().stream().map(Part::of).toList()));
  }

  private void domain(Context ctx) {
    Urn urn = domainUrn(ctx.pathParam("domain"));
    Asset domain = load(urn, EntityType.DOMAIN);
    HealthDetail detail = detail(urn, "Domain");
    HealthScore s = detail.score();
    ctx.json(
        new DomainHealth(
            urn.toString(),
            domain.displayName(),
            s.score(),
            s.grade(),
            s.cap(),
            components(s),
            history(urn),
            detail.drivers(),
            detail.parts().stream().map(Part::of).toList()));
  }

  private void recompute(Context ctx) {
    RecomputeSummary summary = job.recomputeNow("request");
    ctx.json(
        new Recomputed(
            summary.day(),
            summary.datasets(),
            summary.products(),
            summary.domains(),
            summary.rows(),
            summary.took().toMillis()));
  }

  private Asset load(Urn urn, EntityType type) {
    if (urn.type() != type) {
      throw new HealthNotFoundException(
          "Not a " + type.code() + ": " + urn + " (health is scored for products and domains)");
    }
    return store
        .findAsset(urn)
        .filter(a -> !a.deleted())
        .orElseThrow(() -> new HealthNotFoundException("No " + type.code() + " " + urn));
  }

  private HealthDetail detail(Urn urn, String what) {
    return store
        .health()
        .latestDetail(urn)
        .orElseThrow(() ->
            new HealthNotFoundException(
                what
                    + " "
                    + urn
                    + " has no health score yet; scores are recomputed after crawls and daily"
                    + " (POST /api/v1/health/recompute recomputes them now)"));
  }

  private static List<Component> components(HealthScore s) {
    return s.components().stream().map(Component::of).toList();
  }

  private List<Day> history(Urn urn) {
    return store.health().history(urn, HISTORY).stream().map(Day::of).toList();
  }

  private static Urn domainUrn(String domain) {
    return domain.startsWith(Urn.PREFIX) ? Urn.parse(domain) : Urn.domain(domain);
  }
}
