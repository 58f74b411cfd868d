package dev.meshlens.sample.mesh.model;

import java.util.List;
import java.util.Optional;

/**
 * A column of a dataset.
 *
 * @param name physical name, as in the database
 * @param physicalType the database type, lower case (for example {@code varchar(100)})
 * @param logicalType the ODCS logical type
 * @param description the description, or {@code null} where the owners wrote none
 * @param required whether the column is declared NOT NULL
 * @param primaryKeyPosition position in the primary key (1-based), or 0 when not part of it
 * @param references the table (in the same database) this column is a foreign key to, or null
 * @param classification public, internal, confidential or restricted
 * @param tags tags such as {@code pii} and {@code pii:email}
 * @param termId the glossary term the column is linked to, or null
 */
public record Column(
    String name,
    String physicalType,
    String logicalType,
    String description,
    boolean required,
    int primaryKeyPosition,
    String references,
    String classification,
    List<String> tags,
    String termId) {

  public Column {
    tags = List.copyOf(tags);
  }

  public boolean primaryKey() {
    return primaryKeyPosition > 0;
  }

  public Optional<String> findDescription() {
    return Optional.ofNullable(description);
  }

  /** The same column with another description (null for none). */
  public Column withDescription(String text) {
    return new Column(
        name,
        physicalType,
        logicalType,
        text,
        required,
        primaryKeyPosition,
        references,
        classification,
        tags,
        termId);
  }

  /** The same column as a plain copy: no key, no foreign key. */
  public Column asCopy() {
    return new Column(
        name, physicalType, logicalType, description, false, 0, null, classification, tags, termId);
  }
}
