package dev.meshlens.catalog;

/** The health of a store: whether it answers, where it lives, its schema and log positions. */
public record StoreStatus(
    boolean ok, String location, int schemaVersion, long lastSequence, long assets, String error) {}
