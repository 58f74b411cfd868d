package dev.meshlens.lineage;

/** Which way lineage is followed from an asset. */
public enum Direction {
  /** Towards the sources: what the asset was derived from. */
  UPSTREAM,
  /** Towards the consumers: what was derived from the asset. */
  DOWNSTREAM,
  /** Both ways, each side walked separately (siblings are not lineage). */
  BOTH
}
