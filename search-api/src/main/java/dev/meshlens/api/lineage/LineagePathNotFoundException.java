package dev.meshlens.api.lineage;

import dev.meshlens.catalog.Urn;

/** Data flows from neither of two known assets to the other: there is no lineage path (404). */
public final class LineagePathNotFoundException extends RuntimeException {
  public LineagePathNotFoundException(Urn from, Urn to) {
    super(
        "No lineage path between "
            + from
            + " and "
            + to
            + ": data flows from neither to the other");
  }
}
