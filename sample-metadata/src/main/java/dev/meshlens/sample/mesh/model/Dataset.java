package dev.meshlens.sample.mesh.model;

import java.util.List;
import java.util.Optional;

/**
 * A dataset owned by a product: a table or view in its database, a Kafka topic, a landing file or a
 * warehouse table.
 *
 * @param productKey {@code domain/product} of the owner
 * @param localName the name inside the product (table name, topic, object path, schema.table)
 * @param kind table, view, topic or file
 * @param platform where it lives
 * @param id its OpenLineage identity
 * @param description the description, or null where none was written
 * @param columns the columns in order
 * @param viewSql the SELECT of a view, or null
 */
public record Dataset(
    String productKey,
    String localName,
    DatasetKind kind,
    Platform platform,
    DatasetId id,
    String description,
    List<Column> columns,
    String viewSql) {

  public Dataset {
    columns = List.copyOf(columns);
  }

  public Optional<String> findDescription() {
    return Optional.ofNullable(description);
  }

  public Optional<Column> findColumn(String name) {
    return columns.stream().filter(c -> c.name().equals(name)).findFirst();
  }

  /** The table name without a schema prefix (for warehouse tables {@code schema.table}). */
  public String tableName() {
    int dot = localName.indexOf('.');
    return platform == Platform.SNOWFLAKE ? localName.substring(dot + 1) : localName;
  }

  /** The schema of a warehouse table; {@code public} for Postgres. */
  public String schemaName() {
    return platform == Platform.SNOWFLAKE
        ? localName.substring(0, localName.indexOf('.'))
        : "public";
  }

  public List<Column> primaryKey() {
    return columns.stream().filter(Column::primaryKey).toList();
  }
}
