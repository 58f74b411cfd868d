package dev.meshlens.sample.mesh;

import dev.meshlens.sample.mesh.model.Column;
import dev.meshlens.sample.mesh.model.Dataset;
import dev.meshlens.sample.mesh.model.DatasetId;
import dev.meshlens.sample.mesh.model.Job;
import dev.meshlens.sample.mesh.model.JobKind;
import dev.meshlens.sample.mesh.model.Platform;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The SQL and the one-line description of a pipeline job, derived from what it reads and writes.
 */
final class JobSql {
  private JobSql() {}

  static String describe(Job job, Map<DatasetId, Dataset> datasets) {
    String outputs = names(job.outputs(), datasets);
    String inputs = names(job.inputs(), datasets);
    return switch (job.kind()) {
      case INGEST ->
          inputs.isEmpty()
              ? "Loads " + outputs + " from the source system."
              : "Copies " + inputs + " into " + outputs + ".";
      case BUILD -> "Builds " + outputs + " from " + inputs + ".";
      case PUBLISH -> "Publishes " + inputs + " to " + outputs + ".";
      case MODEL -> "dbt model " + job.task() + ", built from " + inputs + ".";
      case CHECK -> "Runs the contract's quality checks on " + inputs + ".";
    };
  }

  private static String names(List<DatasetId> ids, Map<DatasetId, Dataset> datasets) {
    return String.join(", ", ids.stream().map(id -> datasets.get(id).tableName()).toList());
  }

  /** The SQL of the job's first relational output, or null for copies, publishing and checks. */
  static String sql(Job job, Map<DatasetId, Dataset> datasets) {
    if (job.kind() != JobKind.BUILD && job.kind() != JobKind.MODEL) {
      return null;
    }
    Dataset output =
        job.outputs().stream()
            .map(datasets::get)
            .filter(d -> d.platform() == Platform.POSTGRES || d.platform() == Platform.SNOWFLAKE)
            .findFirst()
            .orElse(null);
    List<Dataset> inputs = job.inputs().stream().map(datasets::get).toList();
    if (output == null || inputs.isEmpty()) {
      return null;
    }
    return (job.kind() == JobKind.MODEL ? "CREATE OR REPLACE TABLE " : "INSERT INTO ")
        + qualified(output)
        + "\nSELECT "
        + String.join(",\n       ", selectList(output, inputs))
        + "\nFROM "
        + qualified(inputs.get(0))
        + " AS i1"
        + joins(inputs);
  }

  private static List<String> selectList(Dataset output, List<Dataset> inputs) {
    List<String> select = new ArrayList<>();
    for (Column c : output.columns()) {
      String source = null;
      for (int i = 0; i < inputs.size() && source == null; i++) {
        if (inputs.get(i).findColumn(c.name()).isPresent()) {
          source = "i" + (i + 1) + "." + quote(c.name());
        }
      }
      if (source == null) {
        source = expression(c);
      }
      select.add(
          source.endsWith("." + quote(c.name())) ? source : source + " AS " + quote(c.name()));
    }
    return select;
  }

  private static String expression(Column c) {
    String name = c.name();
    if (name.endsWith("_count") || name.endsWith("Count")) {
      return "COUNT(*)";
    }
    return switch (c.logicalType()) {
      case "number" -> "SUM(i1.amount)";
      case "timestamp" -> "CURRENT_TIMESTAMP";
      case "date" -> "CURRENT_DATE";
      case "boolean" -> "FALSE";
      default -> "NULL";
    };
  }

  private static String joins(List<Dataset> inputs) {
    StringBuilder joins = new StringBuilder();
    for (int i = 1; i < inputs.size(); i++) {
      String key = commonKey(inputs.get(0), inputs.get(i));
      joins.append("\nLEFT JOIN ").append(qualified(inputs.get(i))).append(" AS i").append(i + 1);
      joins.append(key == null ? " ON TRUE" : " USING (" + quote(key) + ")");
    }
    return joins.toString();
  }

  private static String commonKey(Dataset left, Dataset right) {
    for (Column c : right.columns()) {
      if ((c.name().endsWith("_id") || c.name().equals("sku"))
          && left.findColumn(c.name()).isPresent()) {
        return c.name();
      }
    }
    return null;
  }

  private static String qualified(Dataset d) {
    return JobSqlNames.qualified(d);
  }

  private static String quote(String identifier) {
    return JobSqlNames.quote(identifier);
  }
}
