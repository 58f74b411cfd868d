package dev.meshlens.sample.mesh.model;

/** An input port: a dependency on another product's output contract. */
public record InputPort(String name, String version, String contractId) {}
