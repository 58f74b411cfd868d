package dev.meshlens.lineage;

import dev.meshlens.catalog.EntityType;
import dev.meshlens.catalog.Urn;

/**
 * A node of a lineage answer: a dataset (or a column), its name, and its distance in hops from the
 * start (0 for the start; the shorter way when found both upstream and downstream).
 */
public record LineageNode(Urn urn, EntityType type, String name, int distance) {}
