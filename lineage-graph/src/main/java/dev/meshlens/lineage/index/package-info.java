/**
 * The in-memory adjacency index of the lineage graph: int ids for every node, lineage as bipartite
 * connectors (jobs at the dataset level, column lineage entries at the column level), and the
 * bounded breadth-first walks the queries run on it. Built from the TDB2 asset graphs and kept in
 * step with them.
 */
package dev.meshlens.lineage.index;
