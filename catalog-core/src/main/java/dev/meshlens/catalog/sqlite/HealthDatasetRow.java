package dev.meshlens.catalog.sqlite;

import java.util.Set;

/**
 * One dataset as a recompute reads it from its row and live aspects (over every source stating
 * them: described when any source describes it, the most owners, columns and documented columns any
 * source states, the check ids every source declares).
 */
record HealthDatasetRow(
    long id,
    String urn,
    String name,
    String product,
    long updatedAt,
    boolean described,
    int owners,
    int columns,
    int documentedColumns,
    Set<String> declaredChecks) {}
