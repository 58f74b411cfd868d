package dev.meshlens.sample.mesh.model;

/** A business domain of the mesh and the team that owns it. */
public record Domain(String id, String name, String teamId, String description) {}
