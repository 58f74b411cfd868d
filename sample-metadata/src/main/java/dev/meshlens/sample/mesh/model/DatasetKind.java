package dev.meshlens.sample.mesh.model;

/** What kind of relation or stream a dataset is. */
public enum DatasetKind {
  TABLE,
  VIEW,
  TOPIC,
  FILE
}
