package dev.meshlens.sample.mesh.model;

/** The role of a pipeline job inside its product. */
public enum JobKind {
  /** Copies upstream data (other products, topics, files) into the product's staging tables. */
  INGEST,
  /** Transforms staging tables into the product's output tables. */
  BUILD,
  /** Publishes output tables to another platform (topic, file, warehouse). */
  PUBLISH,
  /** One dbt model. */
  MODEL,
  /** Runs data quality assertions on output tables; reads only. */
  CHECK
}
