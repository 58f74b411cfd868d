package dev.meshlens.catalog.access;

import dev.meshlens.catalog.Asset;
import dev.meshlens.catalog.Urn;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What someone may see: everything (stewards, admins), the public assets and the restricted ones of
 * their domains (owners), or the public assets only (readers, crawlers, anonymous callers). As
 * grants, the access labels ({@link AssetAccess}) it opens; null grants mean everything.
 */
public final class Viewer {
  private static final Viewer EVERYTHING = new Viewer(null);
  private static final Viewer PUBLIC_ONLY = new Viewer(Set.of(AssetAccess.PUBLIC));

  private final Set<String> grants;

  private Viewer(Set<String> grants) {
    this.grants = grants;
  }

  public static Viewer everything() {
    return EVERYTHING;
  }

  public static Viewer publicOnly() {
    return PUBLIC_ONLY;
  }

  /** The public assets and the restricted ones of these domains. */
  public static Viewer publicAnd(Collection<Urn> domains) {
    Set<String> grants = new LinkedHashSet<>();
    grants.add(AssetAccess.PUBLIC);
    domains.forEach(d -> grants.add(AssetAccess.domain(d)));
    return new Viewer(Set.copyOf(grants));
  }

  /** What a token of {@code role} scoped to {@code domains} sees. */
  public static Viewer of(Role role, List<Urn> domains) {
    return switch (role) {
      case STEWARD, ADMIN -> EVERYTHING;
      case OWNER -> publicAnd(domains);
      case READER, CRAWLER -> PUBLIC_ONLY;
    };
  }

  /** Whether this viewer sees everything. */
  public boolean unrestricted() {
    return grants == null;
  }

  /** The labels this viewer holds; empty when it sees everything. */
  public Set<String> grants() {
    return grants == null ? Set.of() : grants;
  }

  /** Whether this viewer sees the asset. */
  public boolean sees(Asset asset) {
    return grants == null || AssetAccess.labels(asset).stream().anyMatch(grants::contains);
  }

  @Override
  public String toString() {
    return grants == null ? "Viewer[everything]" : "Viewer" + grants;
  }
}
