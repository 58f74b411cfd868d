package dev.meshlens.catalog.model;

/**
 * A job: a pipeline step that reads and writes datasets ({@code type} such as {@code batch}, {@code
 * streaming}, {@code dbt-model}), with a description and its code (SQL) where known.
 */
public record JobInfo(String description, String type, String sql) implements Aspect {}
