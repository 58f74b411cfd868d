package dev.meshlens.sample.mesh;

import dev.meshlens.sample.mesh.model.Dataset;
import dev.meshlens.sample.mesh.model.Platform;

/** How SQL written by people and pipelines names tables and columns. */
final class JobSqlNames {
  private JobSqlNames() {}

  /**
   * {@code public.table} in the product database, {@code database.schema.table} in the warehouse.
   */
  static String qualified(Dataset d) {
    return d.platform() == Platform.SNOWFLAKE ? d.id().name() : "public." + quote(d.tableName());
  }

  static String quote(String identifier) {
    return identifier.matches("[a-z_][a-z0-9_]*") ? identifier : '"' + identifier + '"';
  }
}
