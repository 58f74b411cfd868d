package dev.meshlens.lineage;

import dev.meshlens.catalog.Urn;

/**
 * An edge of a lineage answer, always in the direction data flows: {@code to} was derived from
 * {@code from} by the job {@code via}; between columns, with the transformation type when the
 * source gives it (such as {@code DIRECT/IDENTITY}), else null.
 */
public record LineageEdge(Urn from, Urn to, Urn via, String transformation) {}
