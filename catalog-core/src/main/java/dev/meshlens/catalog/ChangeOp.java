package dev.meshlens.catalog;

/** What a change-log entry records. */
public enum ChangeOp {
  /** A source wrote a new version of an aspect. */
  UPSERT,
  /** A source withdrew its aspect ({@code aspect} set) or the asset was deleted (aspect null). */
  DELETE
}
