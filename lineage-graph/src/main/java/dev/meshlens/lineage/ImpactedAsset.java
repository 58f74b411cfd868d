package dev.meshlens.lineage;

import dev.meshlens.catalog.EntityType;
import dev.meshlens.catalog.Urn;

/**
 * An asset a change would affect: the fewest hops from the changed dataset to it (for a product,
 * domain or owner: to the nearest affected dataset it holds or owns), and its usage (usage events
 * in the usage window; for a product, domain or owner, the sum over its affected datasets).
 */
public record ImpactedAsset(Urn urn, EntityType type, String name, int distance, long usage) {}
