package dev.meshlens.indexer.search;

import dev.meshlens.catalog.Asset;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.model.Classification.Sensitivity;
import dev.meshlens.catalog.model.DatasetInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The access labels of an asset: {@code public} unless its classification is confidential or
 * restricted; then {@code sensitivity:<level>} and, when it belongs to a domain, {@code
 * domain:<urn>}, so that stewards (who hold the sensitivity grant) and the domain's owners (who
 * hold the domain grant) see it and others do not.
 */
public final class AccessLabels {

  /** The label of assets anyone may see. */
  public static final String PUBLIC = "public";

  private AccessLabels() {}

  /** The grant that opens assets of a sensitivity level. */
  public static String sensitivity(Sensitivity level) {
    return "sensitivity:" + level.name().toLowerCase(Locale.ROOT);
  }

  /** The grant that opens the restricted assets of a domain. */
  public static String domain(Urn domain) {
    return "domain:" + domain;
  }

  /** The labels of an asset in {@code domain} (may be empty). */
  static List<String> of(Asset asset, Optional<Urn> domain) {
    Optional<Sensitivity> level =
        asset.aspect(DatasetInfo.class).map(DatasetInfo::classification).map(c -> c.sensitivity());
    if (level.isEmpty() || level.get().compareTo(Sensitivity.CONFIDENTIAL) < 0) {
      return List.of(PUBLIC);
    }
    List<String> labels = new ArrayList<>();
    labels.add(sensitivity(level.get()));
    domain.ifPresent(d -> labels.add(domain(d)));
    return labels;
  }
}
