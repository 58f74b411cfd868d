package dev.meshlens.catalog.model;

import dev.meshlens.catalog.EntityType;
import dev.meshlens.catalog.Urn;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * One run of a job: its state, when it started and ended, what it read and wrote, and the error
 * message of a failed run. Reports of the same run may arrive out of order; {@link #merge(Run)}
 * combines them into the same final state whatever the order.
 */
public record Run(
    String runId,
    Urn job,
    RunState state,
    Instant startedAt,
    Instant endedAt,
    List<Urn> inputs,
    List<Urn> outputs,
    String errorMessage) {
  public Run {
    Checks.requireText(runId, "runId");
    Checks.requireType(job, EntityType.JOB, "job");
    if (state == null) {
      throw new IllegalArgumentException("state must not be null");
    }
    inputs = Checks.requireTypes(inputs, EntityType.DATASET, "inputs");
    outputs = Checks.requireTypes(outputs, EntityType.DATASET, "outputs");
    if (startedAt != null && endedAt != null && endedAt.isBefore(startedAt)) {
      throw new IllegalArgumentException(
          "endedAt " + endedAt + " is before startedAt " + startedAt);
    }
  }

  /**
   * Combines two reports of the same run: a terminal state wins over a non-terminal one (the later
   * end wins between two terminal ones), the earliest start and the latest end are kept, inputs and
   * outputs are united.
   */
  public Run merge(Run other) {
    if (!runId.equals(other.runId)) {
      throw new IllegalArgumentException("cannot merge runs " + runId + " and " + other.runId);
    }
    Run winner = stateWinner(this, other);
    return new Run(
        runId,
        winner.job,
        winner.state,
        earliest(startedAt, other.startedAt),
        latest(endedAt, other.endedAt),
        union(inputs, other.inputs),
        union(outputs, other.outputs),
        winner.errorMessage != null
            ? winner.errorMessage
            : (winner == this ? other : this).errorMessage);
  }

  private static Run stateWinner(Run a, Run b) {
    if (a.state.terminal() != b.state.terminal()) {
      return a.state.terminal() ? a : b;
    }
    if (a.endedAt != null && b.endedAt != null && !a.endedAt.equals(b.endedAt)) {
      return a.endedAt.isAfter(b.endedAt) ? a : b;
    }
    if ((a.endedAt == null) != (b.endedAt == null)) {
      return a.endedAt != null ? a : b;
    }
    return a.state.ordinal() >= b.state.ordinal() ? a : b;
  }

  private static Instant earliest(Instant a, Instant b) {
    return a == null ? b : b == null || a.isBefore(b) ? a : b;
  }

  private static Instant latest(Instant a, Instant b) {
    return a == null ? b : b == null || a.isAfter(b) ? a : b;
  }

  private static List<Urn> union(List<Urn> a, List<Urn> b) {
    LinkedHashSet<Urn> all = new LinkedHashSet<>(a);
    all.addAll(b);
    return new ArrayList<>(all);
  }
}
