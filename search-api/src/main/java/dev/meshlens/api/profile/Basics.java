package dev.meshlens.api.profile;

import dev.meshlens.catalog.AspectVersion;
import dev.meshlens.catalog.Asset;
import dev.meshlens.catalog.EntityType;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.model.Aspect;
import dev.meshlens.catalog.model.AspectKind;
import dev.meshlens.catalog.model.DatasetInfo;
import dev.meshlens.catalog.model.DomainInfo;
import dev.meshlens.catalog.model.GlossaryLinks;
import dev.meshlens.catalog.model.GlossaryTermInfo;
import dev.meshlens.catalog.model.JobInfo;
import dev.meshlens.catalog.model.Membership;
import dev.meshlens.catalog.model.Owner;
import dev.meshlens.catalog.model.Ownership;
import dev.meshlens.catalog.model.ProductInfo;
import dev.meshlens.catalog.model.Tag;
import dev.meshlens.catalog.model.Tags;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What every profile starts with: identity and type, name, description, domain and product (their
 * URNs and names), owners, tags and glossary terms, whether it is deleted, when it entered and last
 * changed in the catalog, and the sources that state anything about it.
 */
public record Basics(
    String urn,
    String type,
    String name,
    String description,
    String domain,
    String domainName,
    String product,
    String productName,
    List<OwnerRef> owners,
    List<String> tags,
    List<Ref> glossaryTerms,
    boolean deleted,
    Instant createdAt,
    Instant updatedAt,
    Map<String, Aspect> aspects,
    List<SourceView> sources) {

  /** An owner and its role. */
  public record OwnerRef(String urn, String name, String role) {}

  /** One source's current version of one aspect. */
  public record SourceView(
      String source, String aspect, long version, Instant updatedAt, String actor) {
    static SourceView of(AspectVersion v) {
      return new SourceView(v.source(), v.kind().code(), v.version(), v.at(), v.actor());
    }
  }

  /** The URNs {@link #of} wants names for: domain, product, owners, glossary terms. */
  static List<Urn> referenced(Asset asset) {
    List<Urn> urns = new ArrayList<>();
    Urn domain = domainOf(asset);
    if (domain != null) {
      urns.add(domain);
    }
    Urn product = productOf(asset);
    if (product != null) {
      urns.add(product);
    }
    asset.aspect(Ownership.class).ifPresent(o -> o.owners().forEach(x -> urns.add(x.owner())));
    asset.aspect(GlossaryLinks.class).ifPresent(g -> urns.addAll(g.terms()));
    return urns;
  }

  static Basics of(Asset asset, Map<Urn, Asset> names) {
    Urn domain = domainOf(asset);
    Urn product = productOf(asset);
    List<Owner> owners = asset.aspect(Ownership.class).map(Ownership::owners).orElse(List.of());
    return new Basics(
        asset.urn().toString(),
        asset.type().code(),
        asset.displayName(),
        description(asset),
        domain == null ? null : domain.toString(),
        domain == null ? null : Ref.of(domain, names).name(),
        product == null ? null : product.toString(),
        product == null ? null : Ref.of(product, names).name(),
        owners.stream()
            .map(o -> new OwnerRef(o.owner().toString(), Ref.of(o.owner(), names).name(), o.role()))
            .toList(),
        asset
            .aspect(Tags.class)
            .map(t -> t.tags().stream().map(Tag::name).toList())
            .orElse(List.of()),
        asset
            .aspect(GlossaryLinks.class)
            .map(g -> g.terms().stream().map(t -> Ref.of(t, names)).toList())
            .orElse(List.of()),
        asset.deleted(),
        asset.createdAt(),
        asset.updatedAt(),
        aspects(asset),
        asset.current().stream().map(SourceView::of).toList());
  }

  /** Each aspect merged over the sources that state it, by its stable name. */
  private static Map<String, Aspect> aspects(Asset asset) {
    Map<String, Aspect> aspects = new LinkedHashMap<>();
    for (AspectKind kind : AspectKind.values()) {
      asset.aspect(kind.type()).ifPresent(value -> aspects.put(kind.code(), value));
    }
    return aspects;
  }

  static Urn domainOf(Asset asset) {
    return switch (asset.type()) {
      case DOMAIN -> asset.urn();
      case PRODUCT -> asset.urn().domainOfProduct();
      default -> asset.aspect(Membership.class).map(Membership::domain).orElse(null);
    };
  }

  static Urn productOf(Asset asset) {
    return asset.type() == EntityType.PRODUCT
        ? null
        : asset.aspect(Membership.class).map(Membership::product).orElse(null);
  }

  private static String description(Asset asset) {
    return switch (asset.type()) {
      case DATASET -> asset.aspect(DatasetInfo.class).map(DatasetInfo::description).orElse(null);
      case PRODUCT -> asset.aspect(ProductInfo.class).map(ProductInfo::description).orElse(null);
      case DOMAIN -> asset.aspect(DomainInfo.class).map(DomainInfo::description).orElse(null);
      case JOB -> asset.aspect(JobInfo.class).map(JobInfo::description).orElse(null);
      case TERM ->
          asset.aspect(GlossaryTermInfo.class).map(GlossaryTermInfo::definition).orElse(null);
      default -> null;
    };
  }

  static List<Urn> concat(Collection<Urn> a, Collection<Urn> b) {
    List<Urn> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
