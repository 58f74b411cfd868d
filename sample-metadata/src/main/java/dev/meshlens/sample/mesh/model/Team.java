package dev.meshlens.sample.mesh.model;

/** A team; the id looks like {@code team:sales-data}. */
public record Team(String id, String name, String email, String description) {}
