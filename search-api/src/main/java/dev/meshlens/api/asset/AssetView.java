package dev.meshlens.api.asset;

import dev.meshlens.catalog.AspectVersion;
import dev.meshlens.catalog.Asset;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.model.Aspect;
import dev.meshlens.catalog.model.AspectKind;
import dev.meshlens.catalog.model.Membership;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An asset as the API shows it: identity, membership, each aspect merged over its sources, and
 * which source said what, when.
 */
record AssetView(
    String urn,
    String type,
    String name,
    String domain,
    String product,
    boolean deleted,
    Instant createdAt,
    Instant updatedAt,
    Map<String, Aspect> aspects,
    List<SourceView> sources) {

  /** One source's current version of one aspect. */
  record SourceView(String source, String aspect, long version, Instant updatedAt, String actor) {}

  static AssetView of(Asset asset, String name) {
    Map<String, Aspect> aspects = new LinkedHashMap<>();
    for (AspectKind kind : AspectKind.values()) {
      asset.aspect(kind.type()).ifPresent(value -> aspects.put(kind.code(), value));
    }
    Membership membership = asset.aspect(Membership.class).orElse(null);
    Urn domain = membership != null ? membership.domain() : null;
    Urn product = membership != null ? membership.product() : null;
    if (asset.urn().type() == dev.meshlens.catalog.EntityType.PRODUCT) {
      domain = asset.urn().domainOfProduct();
    }
    return new AssetView(
        asset.urn().toString(),
        asset.type().code(),
        name,
        domain == null ? null : domain.toString(),
        product == null ? null : product.toString(),
        asset.deleted(),
        asset.createdAt(),
        asset.updatedAt(),
        aspects,
        asset.current().stream().map(AssetView::source).toList());
  }

  private static SourceView source(AspectVersion v) {
    return new SourceView(v.source(), v.kind().code(), v.version(), v.at(), v.actor());
  }
}
