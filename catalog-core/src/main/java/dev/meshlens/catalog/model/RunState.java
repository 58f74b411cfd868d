package dev.meshlens.catalog.model;

/** The state of a job run, as in OpenLineage. Terminal states end a run. */
public enum RunState {
  START,
  RUNNING,
  COMPLETE,
  FAIL,
  ABORT,
  OTHER;

  public boolean terminal() {
    return this == COMPLETE || this == FAIL || this == ABORT;
  }
}
