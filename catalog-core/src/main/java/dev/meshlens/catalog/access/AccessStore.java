package dev.meshlens.catalog.access;

/** API tokens (stored hashed, with roles) and the audit log of every write and admin action. */
public interface AccessStore {}
