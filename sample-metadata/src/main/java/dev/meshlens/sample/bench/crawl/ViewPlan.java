package dev.meshlens.sample.bench.crawl;

/**
 * A view over a table, joined through one of its foreign keys to the referenced table when it has
 * one ({@code via} and {@code target} are then set, else null).
 */
record ViewPlan(String name, TablePlan base, TablePlan.Reference via, TablePlan target) {}
