package dev.meshlens.lineage;

/** The grain of a lineage answer. */
public enum Level {
  /** Datasets, linked through the jobs that read and write them. */
  DATASET,
  /** Columns, linked by column lineage with its transformation. */
  COLUMN
}
