package dev.meshlens.api.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The baseline of the health benchmark: plain JDBC on the same catalog file running the SQL
 * aggregations of the facts a recompute reads (usage per dataset, runs per job, the latest result
 * per check, lineage edges, each dataset with its documentation aspects), each result row only
 * counted: no scoring, no roll-up, no snapshot written. What is left of our time beyond it is
 * scoring and writing.
 */
final class HealthBaseline {
  private static final List<String> QUERIES =
      List.of(
          "SELECT dataset, count(DISTINCT principal), count(*) FROM usage_events GROUP BY dataset",
          "SELECT job, count(*), sum(state = 'COMPLETE'), max(ended_at) FROM runs GROUP BY job",
          "SELECT dataset, check_id, passed, max(time) FROM quality_results"
              + " GROUP BY dataset, check_id",
          "SELECT j.urn, e.value FROM assets j"
              + " JOIN aspects a ON a.asset = j.id AND a.aspect = 'jobLineage' AND a.live = 1"
              + " JOIN change_log c ON c.seq = a.seq, json_each(c.value, '$.outputs') e"
              + " WHERE j.type = 'job'",
          "SELECT x.id, a.aspect, json_extract(c.value, '$.description'),"
              + " json_array_length(c.value, '$.fields') FROM assets x"
              + " LEFT JOIN aspects a ON a.asset = x.id AND a.live = 1"
              + "  AND a.aspect IN ('datasetInfo', 'ownership', 'schema', 'qualityChecks')"
              + " LEFT JOIN change_log c ON c.seq = a.seq"
              + " WHERE x.type = 'dataset' AND x.deleted = 0 ORDER BY x.id");

  private HealthBaseline() {}

  /** Runs the queries on {@code catalog}; returns how many rows they gave in all. */
  static long run(Path catalog) {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + catalog.toAbsolutePath());
        Statement st = c.createStatement()) {
      st.execute("PRAGMA cache_size = -65536");
      long rows = 0;
      for (String sql : QUERIES) {
        try (ResultSet rs = st.executeQuery(sql)) {
          while (rs.next()) {
            rows++;
          }
        }
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException("The baseline queries failed: " + e.getMessage(), e);
    }
  }
}
