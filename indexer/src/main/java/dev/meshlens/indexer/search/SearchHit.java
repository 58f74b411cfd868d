package dev.meshlens.indexer.search;

/** One asset found by a search, with its stage-1 score. */
public record SearchHit(String urn, String type, String name, float score) {}
