package dev.meshlens.sample.mesh.model;

/**
 * A product built with dbt.
 *
 * @param name the dbt project name
 * @param adapter {@code postgres} or {@code snowflake}
 * @param database the database dbt writes to
 */
public record DbtProject(String name, String adapter, String database) {}
