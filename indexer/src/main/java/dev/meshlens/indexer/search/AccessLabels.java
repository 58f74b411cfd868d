package dev.meshlens.indexer.search;

import dev.meshlens.catalog.Asset;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.access.AssetAccess;
import dev.meshlens.catalog.model.Classification.Sensitivity;
import java.util.List;
import java.util.Optional;

/**
 * The access labels of an asset in the index, by the catalog's one rule ({@link AssetAccess}):
 * {@code public} unless its classification is confidential or restricted; then {@code
 * sensitivity:<level>} and, when it belongs to a domain, {@code domain:<urn>}, so that stewards
 * (who hold the sensitivity grant) and the domain's owners (who hold the domain grant) see it and
 * others do not.
 */
public final class AccessLabels {

  /** The label of assets anyone may see. */
  public static final String PUBLIC = AssetAccess.PUBLIC;

  private AccessLabels() {}

  /** The grant that opens assets of a sensitivity level. */
  public static String sensitivity(Sensitivity level) {
    return AssetAccess.sensitivity(level);
  }

  /** The grant that opens the restricted assets of a domain. */
  public static String domain(Urn domain) {
    return AssetAccess.domain(domain);
  }

  /** The labels of an asset in {@code domain} (may be empty). */
  static List<String> of(Asset asset, Optional<Urn> domain) {
    return AssetAccess.labels(asset, domain);
  }
}
