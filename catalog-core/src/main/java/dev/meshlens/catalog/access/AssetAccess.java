package dev.meshlens.catalog.access;

import dev.meshlens.catalog.Asset;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.model.Classification;
import dev.meshlens.catalog.model.Classification.Sensitivity;
import dev.meshlens.catalog.model.DatasetInfo;
import dev.meshlens.catalog.model.Membership;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Who may see an asset, as access labels: {@code public} unless its classification is confidential
 * or restricted; then {@code sensitivity:<level>} and, when it belongs to a domain, {@code
 * domain:<urn>}, so that stewards (who see every level) and the domain's owners (who hold the
 * domain grant) see it and others do not. The search index stores these labels; the API checks the
 * same rule on assets it reads from the store.
 *
 * <p>Products, domains, jobs, contracts, terms and owners are public: neither ODPS nor ODCS has a
 * visibility field for a product (ODCS classifies schema objects and their properties, which the
 * product crawler folds into each dataset's classification), so what is restricted is a dataset,
 * with its columns.
 */
public final class AssetAccess {
  /** The label of assets anyone may see. */
  public static final String PUBLIC = "public";

  private AssetAccess() {}

  /** The grant that opens assets of a sensitivity level. */
  public static String sensitivity(Sensitivity level) {
    return "sensitivity:" + level.name().toLowerCase(Locale.ROOT);
  }

  /** The grant that opens the restricted assets of a domain. */
  public static String domain(Urn domain) {
    return "domain:" + domain;
  }

  /** The domain an asset belongs to: itself, its product's, or its membership's. */
  public static Optional<Urn> domainOf(Asset asset) {
    Urn urn = asset.urn();
    return switch (urn.type()) {
      case DOMAIN -> Optional.of(urn);
      case PRODUCT -> Optional.of(urn.domainOfProduct());
      default -> asset.aspect(Membership.class).map(Membership::domain);
    };
  }

  /** Whether only some callers may see the asset (confidential or restricted data). */
  public static boolean restricted(Asset asset) {
    return level(asset).isPresent();
  }

  /** The labels of an asset. */
  public static List<String> labels(Asset asset) {
    return labels(asset, domainOf(asset));
  }

  /** The labels of an asset in {@code domain} (may be empty). */
  public static List<String> labels(Asset asset, Optional<Urn> domain) {
    Optional<Sensitivity> level = level(asset);
    if (level.isEmpty()) {
      return List.of(PUBLIC);
    }
    List<String> labels = new ArrayList<>();
    labels.add(sensitivity(level.get()));
    domain.ifPresent(d -> labels.add(domain(d)));
    return labels;
  }

  private static Optional<Sensitivity> level(Asset asset) {
    return asset
        .aspect(DatasetInfo.class)
        .map(DatasetInfo::classification)
        .map(Classification::sensitivity)
        .filter(level -> level.compareTo(Sensitivity.CONFIDENTIAL) >= 0);
  }
}
