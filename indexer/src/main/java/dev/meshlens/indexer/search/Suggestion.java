package dev.meshlens.indexer.search;

/** One autocomplete entry: an asset name that starts with what was typed. */
public record Suggestion(String urn, String type, String name) {}
